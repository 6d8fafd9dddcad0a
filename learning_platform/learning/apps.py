from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning_platform.learning"
    label = "learning"
    verbose_name = _("Learning")

    def ready(self):
        from learning_platform.accounts.signals import personal_data_requested

        from . import receivers

        personal_data_requested.connect(
            receivers.personal_data_export, dispatch_uid="learning.personal_data_export"
        )
