import pytest
from django.test import RequestFactory
from wagtail.models import ModelLogEntry

from learning_platform.accounts.audit import audit_log
from tests.factories import AdminFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_an_entry_records_who_what_and_the_address():
    admin = AdminFactory()
    trainee = UserFactory()
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7")
    request.user = admin
    audit_log(action="lp.account_erase", instance=trainee, request=request, data={"why": "asked"})
    entry = ModelLogEntry.objects.get(action="lp.account_erase")
    assert entry.user == admin
    assert entry.object_id == str(trainee.pk)
    assert entry.data == {"why": "asked", "address": "192.0.2.7"}
    assert entry.message == "Account erased"


def test_an_undeclared_action_is_refused():
    with pytest.raises(ValueError, match="Unknown audit action"):
        audit_log(action="lp.nothing", instance=UserFactory())
