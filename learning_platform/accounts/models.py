from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .managers import UserManager

ORGANISATION_TYPE_CHOICES = (
    ("government", _("Government or public administration")),
    ("protected_area", _("Protected area or conservation agency")),
    ("research", _("University or research institute")),
    ("ngo", _("Non-governmental organisation")),
    ("community", _("Community or indigenous peoples' organisation")),
    ("private", _("Private sector")),
    ("international", _("International organisation")),
    ("other", _("Other")),
)

GENDER_CHOICES = (
    ("female", _("Female")),
    ("male", _("Male")),
    ("other", _("Another gender")),
    ("undisclosed", _("Prefer not to say")),
)

# Every language the interface can be offered in (settings.SUPPORTED_LANGUAGES); fixed here so
# that switching a language on or off is a setting, not a migration.
LANGUAGE_CHOICES = (
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
)


class User(AbstractBaseUser, PermissionsMixin):
    """A trainee, trainer or coordinator. Logs in by email.

    The name is one field, written as the person wants it printed on a certificate: names are
    not split into first and last in every culture. Personal data is kept to what reports and
    certificates need.
    """

    email = models.EmailField(
        _("email address"),
        unique=True,
        help_text=_("Used to log in and to receive course emails."),
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("Your name exactly as it should be printed on certificates."),
    )
    country = CountryField(_("country"), blank=True, help_text=_("The country where you work."))
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation you work for."),
    )
    organisation_type = models.CharField(
        _("type of organisation"),
        max_length=20,
        choices=ORGANISATION_TYPE_CHOICES,
        blank=True,
        help_text=_("Used only for anonymous participation statistics."),
    )
    gender = models.CharField(
        _("gender"),
        max_length=20,
        choices=GENDER_CHOICES,
        blank=True,
        help_text=_("Optional. Used only for anonymous participation statistics."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=LANGUAGE_CHOICES,
        default="en",
        help_text=_("The language of the emails we send you."),
    )
    privacy_accepted_at = models.DateTimeField(
        _("privacy notice accepted at"),
        null=True,
        blank=True,
        help_text=_("When the person accepted the privacy notice, at sign-up."),
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Whether the user can log in to the administration area."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Unselect this instead of deleting accounts."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    erased_at = models.DateTimeField(
        _("erased at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the person erased their account. The row stays, without name or email "
            "address, so that participation counts stay right."
        ),
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name", "email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="accounts_user_email_case_insensitive_unique",
                violation_error_message=_("A user with this email address already exists."),
            ),
        ]

    def __str__(self):
        return self.full_name or self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name
