"""A trainee downloads all their data and erases their account (accounts.services and views)."""

import json
from datetime import date

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.users.models import UserProfile

from learning_platform.accounts import services as account_services
from learning_platform.accounts.roles import COORDINATORS
from learning_platform.accounts.signals import personal_data_requested, user_erased
from learning_platform.learning import attempts as learning_attempts
from learning_platform.learning import services as learning_services
from learning_platform.learning.models import (
    Attendance,
    Enrolment,
    ModuleProgress,
    QuizAttempt,
    TrainingSession,
)
from tests.accounts.test_signup import signup_data, signup_url
from tests.factories import (
    TEST_PASSWORD,
    AdminFactory,
    UserFactory,
    course_page,
    module_page,
    right_answers,
    sample_quiz,
)

User = get_user_model()
pytestmark = pytest.mark.django_db

VIETNAMESE = "Nguyễn Thị Lan"
ARABIC = "فاطمة الزهراء بنت محمد"


def url(name, language="en"):
    with translation.override(language):
        return reverse(name)


@pytest.fixture
def trainee():
    user = UserFactory(
        email="lan@example.org",
        full_name=VIETNAMESE,
        country="VN",
        organisation="Viện Sinh thái và Tài nguyên Sinh vật",
        organisation_type="research",
        gender="female",
        preferred_language="en",
        privacy_accepted_at=timezone.now(),
    )
    return user


@pytest.fixture
def trainee_client(client, trainee):
    assert client.login(email=trainee.email, password=TEST_PASSWORD)
    return client


@pytest.fixture
def course(home_page):
    return course_page(title="Clearing-House Mechanism", pass_mark=70)


def learn(user, course, *, session_title="Cotonou, May"):
    """Enrols ``user`` in ``course`` in a session, marks a module done, takes its quiz twice
    (failed, then passed) and attends one day, all through the learning services."""
    session = TrainingSession.objects.create(
        course_key=course.translation_key, title=session_title, format="blended"
    )
    module = module_page(course, title=f"Quiz of {course.title}", quiz=sample_quiz())
    enrolment, _created = learning_services.enrolment_create(
        user=user, course=course, session=session
    )
    learning_services.module_mark_done(enrolment=enrolment, module=module)
    answers = right_answers(module.quiz)
    wrong = {**answers, module.quiz[2].id: ["false"]}
    learning_attempts.quiz_attempt_submit(
        enrolment=enrolment, module=module, course=course, answers=wrong
    )
    learning_attempts.quiz_attempt_submit(
        enrolment=enrolment, module=module, course=course, answers=answers
    )
    learning_services.attendance_record(enrolment=enrolment, day=date(2026, 5, 4))
    return enrolment, module


def download(client):
    response = client.get(url("account_data_export"))
    assert response.status_code == 200
    return response, json.loads(response.content.decode("utf-8"))


# --- Download ---------------------------------------------------------------------------------


def test_the_download_requires_login(client):
    response = client.get(url("account_data_export"))

    assert response.status_code == 302
    assert response.url == f"{url('account_login')}?next={url('account_data_export')}"
    assert url("account_data_export") == "/en/accounts/my-data/"


def test_the_download_is_one_utf8_json_file_that_no_one_caches(trainee_client):
    response, _data = download(trainee_client)

    assert response["Content-Type"] == "application/json; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="cebios-learning-my-data-')
    assert disposition.endswith('.json"')
    assert "no-store" in response["Cache-Control"]


def test_the_download_has_the_whole_profile_but_no_password_or_internal_flags(
    trainee_client, trainee
):
    _response, data = download(trainee_client)

    profile = data["profile"]
    assert profile["email"] == "lan@example.org"
    assert profile["full_name"] == VIETNAMESE
    assert profile["country"] == "VN"
    assert profile["organisation"] == "Viện Sinh thái và Tài nguyên Sinh vật"
    assert profile["organisation_type"] == "research"
    assert profile["gender"] == "female"
    assert profile["preferred_language"] == "en"
    assert profile["privacy_accepted_at"] and profile["date_joined"] and profile["last_login"]
    assert profile["roles"] == []
    for internal in ("password", "is_staff", "is_superuser", "is_active", "erased_at", "id"):
        assert internal not in profile
    assert trainee.password not in json.dumps(data)
    assert data["email_addresses"] == [
        {"email": "lan@example.org", "verified": True, "primary": True}
    ]


def test_the_download_has_the_learning_record(trainee_client, trainee, course):
    enrolment, module = learn(trainee, course)

    _response, data = download(trainee_client)

    [exported] = data["learning"]["enrolments"]
    assert exported["course_key"] == str(course.translation_key)
    assert exported["course_title"] == "Clearing-House Mechanism"
    assert exported["session"] == "Cotonou, May"
    assert exported["source"] == "self"
    assert exported["enrolled_at"].startswith(str(enrolment.enrolled_at.date()))
    assert exported["withdrawn_at"] is None
    assert exported["last_module_key"] == str(module.translation_key)
    [progress] = exported["module_progress"]
    assert progress["module_key"] == str(module.translation_key)
    assert progress["module_title"] == module.title
    assert progress["marked_done_at"] and progress["completed_at"]
    failed, passed = exported["quiz_attempts"]
    assert (failed["score_percent"], failed["passed"]) == (67, False)
    assert (passed["score_percent"], passed["passed"], passed["pass_mark"]) == (100, True, 70)
    assert passed["submitted_at"] and passed["language"] == "en"
    asked = passed["questions_and_answers"][0]
    assert asked == {
        "question": "Which article sets up the clearing-house mechanism?",
        "your_answer": ["Article 18(3)"],
        "right": True,
        "feedback": ["Feedback for this answer 0"],
        "explanation": "EXPLANATION-single",
    }
    assert failed["questions_and_answers"][2]["your_answer"] == ["False"]
    assert failed["questions_and_answers"][2]["right"] is False
    assert exported["attendance"] == ["2026-05-04"]
    assert data["learning"]["sessions_coordinated"] == []


def test_the_download_hands_out_no_answer_key(trainee_client, trainee, course):
    """After a failed attempt, nothing in the download says which answers the trainee did not
    choose, let alone whether they were right: it could be used for the next attempt."""
    session = TrainingSession.objects.create(course_key=course.translation_key, title="S")
    module = module_page(course, title="A quiz", quiz=sample_quiz())
    enrolment, _created = learning_services.enrolment_create(
        user=trainee, course=course, session=session
    )
    single, multiple, true_false = module.quiz
    learning_attempts.quiz_attempt_submit(
        enrolment=enrolment,
        module=module,
        course=course,
        answers={
            single.id: [single.value["choices"].bound_blocks[1].id],  # Article 8(j): wrong
            multiple.id: [multiple.value["choices"].bound_blocks[0].id],  # one of two right
            true_false.id: ["false"],  # wrong
        },
    )

    _response, data = download(trainee_client)

    text = json.dumps(data["learning"], ensure_ascii=False)
    [attempt] = data["learning"]["enrolments"][0]["quiz_attempts"]
    assert attempt["passed"] is False
    assert [question["your_answer"] for question in attempt["questions_and_answers"]] == [
        ["Article 8(j)"],
        ["Information services"],
        ["False"],
    ]
    for unchosen in ("Article 18(3)", "Article 2", "Selling data", "Cooperation"):
        assert unchosen not in text
    for key_word in ("is_correct", "correction", "credit", "layout"):
        assert key_word not in text


def test_the_download_has_no_one_else_s_data(trainee_client, trainee, course):
    learn(UserFactory(full_name="Someone Else"), course, session_title="Kinshasa, June")

    response, data = download(trainee_client)

    assert data["learning"]["enrolments"] == []
    assert "Someone Else" not in response.content.decode()
    assert "Kinshasa" not in response.content.decode()


@pytest.mark.parametrize("name", [VIETNAMESE, ARABIC, "王小明", "ተስፋዬ ገብሬ"])
def test_names_in_any_script_are_kept_as_typed(client, name):
    user = UserFactory(full_name=name, organisation=ARABIC)
    client.force_login(user)

    response, data = download(client)

    assert data["profile"]["full_name"] == name
    assert data["profile"]["organisation"] == ARABIC
    # Written as the characters themselves, not as \\u escapes.
    assert name.encode("utf-8") in response.content
    assert ARABIC.encode("utf-8") in response.content


def test_the_download_costs_the_same_queries_for_one_course_or_three(client, home_page):
    one, three = UserFactory(), UserFactory()
    learn(one, course_page(title="Course A"))
    for title in ("Course B", "Course C", "Course D"):
        learn(three, course_page(title=title), session_title=f"Session of {title}")

    counts = []
    for user in (one, three):
        with CaptureQueriesContext(connection) as queries:
            data = account_services.user_personal_data_export(user=user)
        counts.append(len(queries))
    assert len(data["learning"]["enrolments"]) == 3
    assert counts[0] == counts[1]


def test_the_download_has_the_admin_preferences_of_those_who_use_the_admin(trainee):
    assert account_services.user_personal_data_export(user=trainee)["admin_preferences"] is None

    UserProfile.objects.create(
        user=trainee, preferred_language="fr", current_time_zone="Africa/Kinshasa"
    )
    preferences = account_services.user_personal_data_export(user=trainee)["admin_preferences"]

    assert (preferences["preferred_language"], preferences["current_time_zone"]) == (
        "fr",
        "Africa/Kinshasa",
    )
    json.dumps(preferences, cls=DjangoJSONEncoder)


def test_every_receiver_adds_its_section(trainee):
    def receiver(sender, user, **kwargs):
        return "example", [{"name": user.full_name}]

    personal_data_requested.connect(receiver)
    try:
        data = account_services.user_personal_data_export(user=trainee)
    finally:
        personal_data_requested.disconnect(receiver)

    assert data["example"] == [{"name": VIETNAMESE}]
    assert "learning" in data


# --- Erasure ----------------------------------------------------------------------------------


def test_the_profile_page_links_the_download_and_the_erasure(trainee_client):
    content = trainee_client.get(url("account_profile")).content.decode()

    assert f'href="{url("account_data_export")}"' in content
    assert "Download my data" in content
    assert f'href="{url("account_erase")}"' in content
    assert "Erase my account" in content


def test_the_erasure_page_requires_login(client):
    response = client.get(url("account_erase"))

    assert response.status_code == 302
    assert response.url == f"{url('account_login')}?next={url('account_erase')}"


def test_the_erasure_page_says_what_happens_and_asks_for_the_password(trainee_client):
    response = trainee_client.get(url("account_erase"))

    assert response.status_code == 200
    assert url("account_erase") == "/en/accounts/erase/"
    content = response.content.decode()
    assert "cannot be undone" in content
    assert "no longer shows your name" in content
    assert (
        "Your country, the type of your organisation and your gender are kept, without your "
        "name or email address, for anonymous participation statistics only."
    ) in content
    assert 'type="password" name="confirmation"' in content
    assert f'href="{url("account_data_export")}"' in content


def test_erasure_anonymises_the_account_keeps_the_counts_and_logs_out(
    trainee_client, trainee, course
):
    enrolment, _module = learn(trainee, course)
    elsewhere = Client()  # the same person, logged in on another device
    assert elsewhere.login(email=trainee.email, password=TEST_PASSWORD)
    counts = [
        model.objects.count()
        for model in (User, Enrolment, ModuleProgress, QuizAttempt, Attendance)
    ]
    before = timezone.now()

    response = trainee_client.post(
        url("account_erase"), {"confirmation": TEST_PASSWORD}, follow=True
    )

    assert response.redirect_chain == [("/en/", 302)]
    assert "Your account has been erased." in response.content.decode()
    erased = User.objects.get(pk=trainee.pk)
    assert erased.full_name == "" and erased.organisation == ""
    assert erased.email.startswith(f"erased-{trainee.pk}-")
    assert erased.email.endswith("@erased.invalid")
    assert not erased.has_usable_password()
    assert not erased.is_active
    assert before <= erased.erased_at <= timezone.now()
    # What anonymous statistics need, and the record of consent, stay.
    assert erased.country.code == "VN"
    assert erased.organisation_type == "research"
    assert erased.gender == "female"
    assert erased.privacy_accepted_at == trainee.privacy_accepted_at
    assert erased.date_joined == trainee.date_joined
    assert Enrolment.objects.get(pk=enrolment.pk).user_id == trainee.pk
    assert counts == [
        model.objects.count()
        for model in (User, Enrolment, ModuleProgress, QuizAttempt, Attendance)
    ]
    assert not EmailAddress.objects.filter(user=erased).exists()
    assert not EmailAddress.objects.filter(email__iexact="lan@example.org").exists()
    # Logged out here and on the other device.
    assert "_auth_user_id" not in trainee_client.session
    for device in (trainee_client, elsewhere):
        profile = device.get(url("account_profile"))
        assert profile.status_code == 302
        assert profile.url.startswith(url("account_login"))
    content = response.content.decode()
    assert VIETNAMESE not in content and escape(VIETNAMESE) not in content


def test_the_old_email_and_password_no_longer_log_in(trainee_client, trainee):
    trainee_client.post(url("account_erase"), {"confirmation": TEST_PASSWORD})
    client = Client()

    assert not client.login(email="lan@example.org", password=TEST_PASSWORD)
    response = client.post(
        url("account_login"), {"login": "lan@example.org", "password": TEST_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    erased = User.objects.get(pk=trainee.pk)
    assert not client.login(email=erased.email, password=TEST_PASSWORD)


def test_the_email_placeholders_are_unique_and_reach_no_one():
    people = [UserFactory() for _ in range(3)]

    emails = {account_services.user_erase(user=person).email for person in people}

    assert len(emails) == 3
    assert all(email.endswith("@erased.invalid") for email in emails)


def test_the_same_email_can_sign_up_again_afterwards(trainee_client, trainee):
    trainee_client.post(url("account_erase"), {"confirmation": TEST_PASSWORD})
    client = Client()

    response = client.post(signup_url(), signup_data(email="Lan@Example.org"))

    assert response.status_code == 302, response.context["form"].errors
    again = User.objects.get(email="lan@example.org")
    assert again.pk != trainee.pk and again.is_active and again.erased_at is None
    assert User.objects.count() == 2


def test_erasure_is_announced_inside_its_transaction(trainee):
    received = []

    def receiver(sender, user, **kwargs):
        received.append((user.pk, user.full_name, user.erased_at, connection.in_atomic_block))

    user_erased.connect(receiver)
    try:
        account_services.user_erase(user=trainee)
    finally:
        user_erased.disconnect(receiver)

    [(pk, full_name, erased_at, in_transaction)] = received
    assert (pk, full_name, in_transaction) == (trainee.pk, "", True)
    assert erased_at is not None


def test_a_failing_receiver_leaves_the_account_as_it_was(trainee):
    def receiver(sender, user, **kwargs):
        raise RuntimeError("the certificates could not be blanked")

    user_erased.connect(receiver)
    try:
        with pytest.raises(RuntimeError):
            account_services.user_erase(user=trainee)
    finally:
        user_erased.disconnect(receiver)

    trainee.refresh_from_db()
    assert trainee.full_name == VIETNAMESE and trainee.email == "lan@example.org"
    assert trainee.is_active and trainee.erased_at is None and trainee.check_password(TEST_PASSWORD)
    assert EmailAddress.objects.filter(user=trainee).exists()


def test_a_wrong_password_is_refused_with_a_message_and_changes_nothing(trainee_client, trainee):
    response = trainee_client.post(url("account_erase"), {"confirmation": "not-my-password"})

    assert response.status_code == 200
    assert "This is not your password. Your account has not been erased." in (
        response.content.decode()
    )
    unchanged = User.objects.get(pk=trainee.pk)
    assert unchanged.full_name == VIETNAMESE and unchanged.email == "lan@example.org"
    assert unchanged.is_active and unchanged.erased_at is None
    assert EmailAddress.objects.filter(user=trainee).exists()
    assert trainee_client.get(url("account_profile")).status_code == 200  # still logged in


def test_an_empty_confirmation_is_refused(trainee_client, trainee):
    response = trainee_client.post(url("account_erase"), {"confirmation": ""})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert User.objects.get(pk=trainee.pk).erased_at is None


def test_an_account_without_a_password_confirms_with_its_email_address(client):
    user = UserFactory(email="amina@example.org", password=None)
    client.force_login(user)

    page = client.get(url("account_erase")).content.decode()
    assert 'type="email" name="confirmation"' in page
    wrong = client.post(url("account_erase"), {"confirmation": "someone@example.org"})
    assert "This is not your email address." in wrong.content.decode()
    assert User.objects.get(pk=user.pk).erased_at is None

    response = client.post(url("account_erase"), {"confirmation": " Amina@Example.ORG "})

    assert response.status_code == 302
    assert User.objects.get(pk=user.pk).erased_at is not None


@pytest.mark.parametrize("make_user", [AdminFactory, lambda: UserFactory(is_staff=True)])
def test_staff_cannot_erase_themselves_here(client, make_user):
    admin = make_user()
    client.force_login(admin)

    page = client.get(url("account_erase"))
    assert "Please ask an administrator to remove it." in page.content.decode()
    assert 'name="confirmation"' not in page.content.decode()

    response = client.post(url("account_erase"), {"confirmation": TEST_PASSWORD}, follow=True)

    assert "Please ask an administrator to remove it." in response.content.decode()
    unchanged = User.objects.get(pk=admin.pk)
    assert unchanged.is_active and unchanged.erased_at is None
    assert unchanged.full_name == admin.full_name and unchanged.email == admin.email


def test_coordinators_cannot_erase_themselves_here(client):
    coordinator = UserFactory()
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(coordinator)

    client.post(url("account_erase"), {"confirmation": TEST_PASSWORD})

    assert User.objects.get(pk=coordinator.pk).erased_at is None
    with pytest.raises(ValidationError, match="administrator"):
        account_services.user_erase(user=coordinator)
