from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """An e-mail on its way out (kommunect.outbox): stored with the data that caused it, sent
    after commit, kept and retried while the mail server fails."""

    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    subject = models.CharField(_("Betreff"), max_length=300)
    recipients = models.TextField(_("Empfänger"))
    # The pickled django.core.mail.EmailMessage (written by this application only).
    message = models.BinaryField()
    attempts = models.PositiveIntegerField(_("Versuche"), default=0)
    last_attempt_at = models.DateTimeField(_("letzter Versuch"), null=True, blank=True)
    last_error = models.TextField(_("letzter Fehler"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("ausstehende E-Mail")
        verbose_name_plural = _("ausstehende E-Mails")

    def __str__(self):
        return self.subject
