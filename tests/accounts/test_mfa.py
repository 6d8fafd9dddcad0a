"""Staff sign in with a second factor (allauth.mfa): the admin opens only once one is set up,
the admin login is allauth's, an administrator resets a lost one, and the audit log records
sign-ins and changes (learning_platform/accounts/middleware.py, receivers.py, admin_views.py)."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from learning_platform.accounts.roles import COORDINATORS
from tests.factories import TEST_PASSWORD, AdminFactory, UserFactory, totp_code, with_totp

pytestmark = pytest.mark.django_db

ADDRESS = "192.0.2.44"


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def coordinator_account(**fields):
    """A coordinator as the project makes them (the demo, an administrator): staff, in the
    Coordinators group; no second factor yet."""
    user = UserFactory(is_staff=True, preferred_language="en", **fields)
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user


@pytest.fixture
def coordinator():
    return coordinator_account(email="coordinator@example.org")


@pytest.fixture
def visitor():
    """A client with an address, as a browser has."""
    return Client(REMOTE_ADDR=ADDRESS)


def sign_in_with_password(client, email, password=TEST_PASSWORD, next_url="/admin/"):
    return client.post(
        f"{url('account_login')}?next={next_url}", {"login": email, "password": password}
    )


def entries(action, user):
    return ModelLogEntry.objects.filter(action=action, object_id=str(user.pk))


# --- Staff must set up a second factor before the admin opens ----------------------------------


@pytest.mark.parametrize("path", ["/admin/", "/admin/reports/participation/", "/admin/pages/"])
def test_a_coordinator_without_a_second_factor_reaches_no_admin_page(client, coordinator, path):
    client.force_login(coordinator)

    response = client.get(path)

    assert response.status_code == 302
    assert response.url == url("mfa_index")
    page = client.get(response.url)
    assert page.status_code == 200
    assert "needs a second factor" in page.content.decode()


def test_a_superuser_without_a_second_factor_is_sent_to_set_one_up_too(client):
    client.force_login(AdminFactory(totp=False))

    assert client.get("/admin/users/").url == url("mfa_index")


def test_without_a_second_factor_the_way_out_stays_open(client, coordinator):
    client.force_login(coordinator)

    response = client.post("/admin/logout/")

    assert response.status_code == 302
    assert signed_in_user_id(client) is None


def test_with_a_second_factor_the_admin_opens(client, coordinator):
    client.force_login(with_totp(coordinator))

    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/reports/participation/").status_code == 200


def test_a_trainee_is_not_asked_for_a_second_factor(client):
    trainee = UserFactory()
    client.force_login(trainee)

    assert client.get(url("learning:my_learning")).status_code == 200
    profile = client.get(url("account_profile")).content.decode()
    # They may opt in, from their profile.
    assert f'href="{url("mfa_index")}"' in profile
    # The admin still refuses them, as before: Wagtail's "no permission", not the set-up page.
    response = client.get("/admin/")
    assert response.url != url("mfa_index")


def test_a_new_coordinator_sets_up_an_authenticator_app_and_gets_in(
    visitor, coordinator, django_capture_on_commit_callbacks
):
    """What `make run` asks of the demo staff at their first sign-in."""
    response = sign_in_with_password(visitor, coordinator.email)
    assert response.status_code == 302
    assert visitor.get("/admin/").url == url("mfa_index")

    # allauth asks for the password again before a second factor is added.
    activate = visitor.get(url("mfa_activate_totp"))
    assert activate.url.startswith(url("account_reauthenticate"))
    visitor.post(activate.url, {"password": TEST_PASSWORD})
    activate = visitor.get(url("mfa_activate_totp"))
    assert activate.status_code == 200
    secret = visitor.session[SECRET_SESSION_KEY]
    assert secret in activate.content.decode()  # to type into the app, beside the QR code
    assert activate.context["totp_url"].endswith(f"?secret={secret}&issuer=CEBioS%20Learning")

    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(url("mfa_activate_totp"), {"code": totp_code(secret)})

    assert response.status_code == 302
    codes = visitor.get(response.url)
    assert 'href="/admin/"' in codes.content.decode()  # "Go to the administration"
    assert visitor.get("/admin/").status_code == 200
    assert set(coordinator.authenticator_set.values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }
    changes = entries("lp.mfa_change", coordinator).order_by("data__type")
    assert [(change.user, change.data) for change in changes] == [
        (coordinator, {"change": "added", "type": "recovery_codes", "address": ADDRESS}),
        (coordinator, {"change": "added", "type": "totp", "address": ADDRESS}),
    ]


# --- The admin login is allauth's ------------------------------------------------------------


def test_the_admin_asks_anonymous_visitors_to_sign_in_with_allauth(client):
    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response.url == f"{url('account_login')}?next=/admin/pages/"


def test_the_admin_login_leads_to_allauth_login_keeping_next(client):
    assert client.get("/admin/login/").url == f"{url('account_login')}?next=%2Fadmin%2F"
    response = client.get("/admin/login/", {"next": "/admin/reports/participation/"})
    assert response.url == f"{url('account_login')}?next=%2Fadmin%2Freports%2Fparticipation%2F"
    assert client.get(response.url).status_code == 200


def test_the_admin_login_reads_no_password(client, coordinator):
    """Wagtail's own login form is not reachable: a right and a wrong password posted to it get
    the very same answer, a redirect to allauth's login, and sign no one in."""
    with_totp(coordinator)
    right = client.post("/admin/login/", {"username": coordinator.email, "password": TEST_PASSWORD})
    wrong = client.post("/admin/login/", {"username": coordinator.email, "password": "wrong"})

    assert (right.status_code, right.url) == (wrong.status_code, wrong.url)
    assert right.url.startswith(url("account_login"))
    assert signed_in_user_id(client) is None


def test_the_admin_password_reset_is_allauths(client):
    assert client.get("/admin/password_reset/").url == url("account_reset_password")
    assert client.get("/admin/password_reset/done/", follow=True).status_code == 404


def test_at_the_first_step_no_one_is_signed_in_with_the_password_alone(visitor, coordinator):
    """allauth's first step. What it shows: a wrong password gets the form again with its
    error; a right one leads to the second step. What it does not do: sign anyone in on the
    password alone. Both answers count against allauth's limits on failed sign-ins per account
    and per address, and the admin has no other login that would answer without them."""
    with_totp(coordinator)

    wrong = sign_in_with_password(visitor, coordinator.email, "not-the-password")
    assert wrong.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        wrong.content.decode()
    )
    assert signed_in_user_id(visitor) is None

    right = sign_in_with_password(visitor, coordinator.email)
    assert right.status_code == 302
    assert right.url == url("mfa_authenticate")
    assert signed_in_user_id(visitor) is None
    assert visitor.get("/admin/").url.startswith(url("account_login"))


def test_staff_sign_in_with_a_code_from_their_app_and_the_admin_opens(visitor, coordinator):
    with_totp(coordinator)
    sign_in_with_password(visitor, coordinator.email, next_url="/admin/reports/participation/")

    wrong = visitor.post(url("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 200
    assert signed_in_user_id(visitor) is None
    response = visitor.post(url("mfa_authenticate"), {"code": totp_code()})

    assert response.status_code == 302
    assert response.url == "/admin/reports/participation/"
    assert int(signed_in_user_id(visitor)) == coordinator.pk
    assert visitor.get(response.url).status_code == 200
    signin = entries("lp.signin", coordinator).get()
    assert (signin.user, signin.data) == (coordinator, {"address": ADDRESS})
    failed = entries("lp.signin_failed", coordinator).get()
    assert failed.data == {"step": "second factor", "type": "totp", "address": ADDRESS}


def test_a_recovery_code_stands_in_for_a_lost_phone(visitor, coordinator):
    with_totp(coordinator)
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    code = RecoveryCodes.activate(coordinator).generate_codes()[0]
    sign_in_with_password(visitor, coordinator.email)

    response = visitor.post(url("mfa_authenticate"), {"code": code})

    assert response.status_code == 302
    assert int(signed_in_user_id(visitor)) == coordinator.pk


# --- The audit log of sign-ins --------------------------------------------------------------


def test_a_wrong_password_is_recorded_on_the_staff_account_tried(visitor, coordinator):
    sign_in_with_password(visitor, "Coordinator@Example.org", "guess-1")

    failed = entries("lp.signin_failed", coordinator).get()
    assert failed.user is None
    assert failed.data == {"step": "password", "address": ADDRESS}
    assert "guess-1" not in str(failed.data)


def test_wrong_passwords_of_trainees_and_of_nobody_are_not_recorded(visitor):
    trainee = UserFactory(email="amina@example.org")

    sign_in_with_password(visitor, trainee.email, "guess-1")
    sign_in_with_password(visitor, "nobody@example.org", "guess-2")

    assert not ModelLogEntry.objects.filter(action__startswith="lp.signin").exists()


def test_a_trainee_sign_in_is_not_recorded(visitor):
    trainee = UserFactory(email="amina@example.org")

    sign_in_with_password(visitor, trainee.email, next_url="/en/")

    assert int(signed_in_user_id(visitor)) == trainee.pk
    assert not entries("lp.signin", trainee).exists()


# --- An administrator resets a lost second factor ----------------------------------------------


@pytest.fixture
def locked_out(coordinator):
    """A coordinator with an app and recovery codes, who lost their phone."""
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    with_totp(coordinator)
    RecoveryCodes.activate(coordinator)
    return coordinator


def test_a_superuser_resets_another_persons_second_factor(locked_out):
    admin = AdminFactory()
    client = Client(REMOTE_ADDR=ADDRESS, enforce_csrf_checks=True)
    client.force_login(admin)
    reset_url = reverse("wagtailusers_users:second_factor_reset", args=[locked_out.pk])

    edit = client.get(reverse("wagtailusers_users:edit", args=[locked_out.pk]))
    assert reset_url in edit.content.decode()
    assert "TOTP Authenticator" in edit.content.decode()
    confirm = client.get(reset_url)
    assert confirm.status_code == 200
    assert Authenticator.objects.filter(user=locked_out).count() == 2  # a GET changes nothing
    # POST only, with the CSRF token.
    assert client.post(reset_url).status_code == 403
    assert Authenticator.objects.filter(user=locked_out).count() == 2

    response = client.post(reset_url, {"csrfmiddlewaretoken": confirm.context["csrf_token"]})

    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=locked_out).exists()
    entry = entries("lp.mfa_reset", locked_out).get()
    assert entry.user == admin
    assert entry.data == {"removed": ["recovery_codes", "totp"], "address": ADDRESS}
    # Their next sign-in asks for the password only, and then for a new second factor.
    person = Client()
    assert sign_in_with_password(person, locked_out.email).status_code == 302
    assert int(signed_in_user_id(person)) == locked_out.pk
    assert person.get("/admin/").url == url("mfa_index")


@pytest.mark.parametrize("method", ["get", "post"])
def test_no_one_but_a_superuser_resets_a_second_factor(client, locked_out, method):
    other = with_totp(coordinator_account(email="other@example.org"))
    client.force_login(other)
    reset_url = reverse("wagtailusers_users:second_factor_reset", args=[locked_out.pk])

    response = getattr(client, method)(reset_url)

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response.url
    assert Authenticator.objects.filter(user=locked_out).count() == 2
    assert not entries("lp.mfa_reset", locked_out).exists()


def test_anonymous_visitors_cannot_reset_a_second_factor(client, locked_out):
    reset_url = reverse("wagtailusers_users:second_factor_reset", args=[locked_out.pk])

    assert client.post(reset_url).url.startswith(url("account_login"))
    assert Authenticator.objects.filter(user=locked_out).count() == 2


def test_a_superuser_changes_their_own_second_factor_on_their_account_pages(client):
    admin = AdminFactory()
    client.force_login(admin)

    client.post(reverse("wagtailusers_users:second_factor_reset", args=[admin.pk]))

    assert Authenticator.objects.filter(user=admin).exists()
