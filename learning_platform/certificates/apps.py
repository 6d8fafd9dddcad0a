from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "learning_platform.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from . import checks, receivers  # noqa: F401 - checks register themselves

        receivers.connect()
