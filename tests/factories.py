import factory
from django.contrib.auth import get_user_model

TEST_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    country = "CD"
    organisation = factory.Faker("company")
    organisation_type = "ngo"
    preferred_language = "fr"
    password = TEST_PASSWORD

    class Meta:
        model = get_user_model()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Through the manager, as sign-up does: it normalises the email and hashes the password.
        manager = cls._get_manager(model_class)
        if kwargs.get("is_superuser"):
            return manager.create_superuser(*args, **kwargs)
        return manager.create_user(*args, **kwargs)


class AdminFactory(UserFactory):
    is_staff = True
    is_superuser = True
