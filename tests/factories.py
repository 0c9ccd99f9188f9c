"""factory_boy factories for the objects tests need; real data only where a test is about it."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from municipalities.models import Membership, Municipality
from ozg.models import LifeSituation, Process, Service, TopicField
from projects.models import Project


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Erika"
    last_name = factory.Sequence(lambda n: f"Muster{n}")
    password = factory.django.Password("sicheres-passwort-123")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """A verified primary address, so the user can sign in at /accounts/login/ (allauth
        requires verification). ``UserFactory(verified_email=False)`` leaves it out."""
        if create and extracted is not False and self.email:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class TopicFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TopicField

    number = factory.Sequence(lambda n: 100 + n)
    name = factory.Sequence(lambda n: f"Themenfeld {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    order = factory.SelfAttribute("number")


class LifeSituationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LifeSituation

    number = factory.Sequence(lambda n: 1000 + n)
    name = factory.Sequence(lambda n: f"Lebenslage {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    topic_field = factory.SubFactory(TopicFieldFactory)


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    ozg_id = factory.Sequence(lambda n: str(90000 + n))
    name = factory.Sequence(lambda n: f"Leistung {n}")
    slug = factory.LazyAttribute(lambda o: slugify(f"{o.name}-{o.ozg_id}"))
    life_situation = factory.SubFactory(LifeSituationFactory)
    topic_field = factory.SelfAttribute("life_situation.topic_field")


class ProcessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Process

    leika_key = factory.Sequence(lambda n: f"99{n:06d}000000")
    name = factory.Sequence(lambda n: f"Verwaltungsleistung {n}")
    level = Process.Level.OBJECT


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    ags = factory.Sequence(lambda n: f"99{n:06d}")
    name = factory.Sequence(lambda n: f"Musterstadt {n}")
    slug = factory.LazyAttribute(lambda o: slugify(f"{o.name}-{o.ags}"))
    level = Municipality.Level.MUNICIPALITY
    kind = Municipality.Kind.TOWN
    population = 25000


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = Membership.Role.EDITOR
    state = Membership.State.APPROVED


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Digitales Bürgeramt {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "Bürgerinnen und Bürger erledigen Anliegen online."
    owner = factory.SubFactory(MunicipalityFactory)
    status = Project.Status.IN_PROGRESS
    publication_state = Project.PublicationState.PUBLISHED

    @factory.post_generation
    def services(self, create, extracted, **kwargs):
        if create and extracted:
            self.services.set(extracted)
            self.topic_fields.set({service.topic_field for service in extracted})
