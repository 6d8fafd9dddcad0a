"""What certificates answer to the signals of the layers below (learning, accounts)."""

from learning_platform.accounts.signals import personal_data_requested, user_erased
from learning_platform.learning.signals import enrolment_completed

from . import services


def enrolment_completed_receiver(sender, *, enrolment, **kwargs) -> None:
    """In the completing transaction: issue the certificate and queue the completion email."""
    certificate = services.certificate_issue(enrolment=enrolment)
    services.completion_email_queue(enrolment=enrolment, certificate=certificate)


def personal_data_export(sender, *, user, **kwargs) -> tuple[str, list]:
    return "certificates", services.certificates_export(user=user)


def user_erased_receiver(sender, *, user, **kwargs) -> None:
    services.certificates_name_erase(user=user)


def connect() -> None:
    """Connects the receivers; called once from the app's ``ready``."""
    enrolment_completed.connect(
        enrolment_completed_receiver, dispatch_uid="certificates.enrolment_completed"
    )
    personal_data_requested.connect(
        personal_data_export, dispatch_uid="certificates.personal_data_export"
    )
    user_erased.connect(user_erased_receiver, dispatch_uid="certificates.user_erased")
