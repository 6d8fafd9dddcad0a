import html

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import ModelLogEntry

from learning_platform.accounts.audit import ACTIONS, audit_log
from learning_platform.accounts.roles import COORDINATORS
from tests.factories import AdminFactory, UserFactory, with_totp

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
    assert entry.message == "Account erased (why: asked), from 192.0.2.7"


def test_an_undeclared_action_is_refused():
    with pytest.raises(ValueError, match="Unknown audit action"):
        audit_log(action="lp.nothing", instance=UserFactory())


def record_every_action(*, by, on):
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7")
    request.user = by
    for action in ACTIONS:
        audit_log(action=action, instance=on, request=request, data={"detail": action})


def test_site_history_shows_every_action_with_who_and_the_address_to_superusers(client):
    admin = AdminFactory(full_name="Han de Koeijer")
    record_every_action(by=admin, on=UserFactory(full_name="Amani Kabila"))
    client.force_login(admin)

    response = client.get(reverse("wagtailadmin_reports:site_history"))

    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    for action, (label, message) in ACTIONS.items():
        assert f"{message} (detail: {action}), from 192.0.2.7" in content, action
        assert str(label) in content  # the action filter offers it
    assert content.count("Han de Koeijer") >= len(ACTIONS)

    only_exports = html.unescape(
        client.get(
            reverse("wagtailadmin_reports:site_history"), {"action": "lp.export"}
        ).content.decode()
    )
    assert "(detail: lp.export)" in only_exports
    assert "(detail: lp.signin)" not in only_exports


def test_nobody_else_reads_it_and_nobody_edits_it(client):
    admin = AdminFactory()
    record_every_action(by=admin, on=UserFactory())
    coordinator = with_totp(UserFactory(is_staff=True))
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(coordinator)

    response = client.get(reverse("wagtailadmin_reports:site_history"))

    # Site history opens to any admin user, with only the entries of what they may edit.
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert "(detail: lp." not in content and "from 192.0.2.7" not in content
    # Wagtail's log has no edit or delete view; a POST to the report changes nothing.
    client.force_login(admin)
    before = list(ModelLogEntry.objects.values_list("pk", "action", "data", "timestamp"))
    client.post(reverse("wagtailadmin_reports:site_history"), {"action": "lp.export"})
    assert list(ModelLogEntry.objects.values_list("pk", "action", "data", "timestamp")) == before
