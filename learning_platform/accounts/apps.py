from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "learning_platform.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default = True

    def ready(self):
        from . import receivers

        receivers.connect()
        receivers.connect_role_changes()


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our user model (no first and last name)."""

    user_viewset = "learning_platform.accounts.viewsets.UserViewSet"
