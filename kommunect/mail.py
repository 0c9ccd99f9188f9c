"""Development mail: the console shows each message readable, links copyable."""

import email.policy

from django.core.mail.backends import console

# The default policy folds at 78 characters, so a German text with a longer line (a
# confirmation link) is sent quoted-printable and the console shows "=" soft breaks inside
# the link. RFC 5322's hard limit of 998 keeps such bodies 8bit, i.e. plain UTF-8 text.
READABLE = email.policy.default.clone(max_line_length=998)


class ConsoleEmailBackend(console.EmailBackend):
    def write_message(self, message):
        text = message.message(policy=READABLE).as_bytes().decode("utf-8", "replace")
        self.stream.write(f"{text}\n{'-' * 79}\n")
