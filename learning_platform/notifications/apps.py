from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "learning_platform.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from . import receivers

        receivers.connect()
