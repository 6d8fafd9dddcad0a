"""Bulk enrolment: rows checked and previewed, confirmed in one transaction, run by a worker."""

import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import Workbook

from learning_platform.learning.models import Enrolment
from learning_platform.notifications.models import OutboxEmail
from learning_platform.reports import bulk, bulk_files
from tests.factories import UserFactory
from tests.reports.conftest import enrol, make_session

pytestmark = pytest.mark.django_db
User = get_user_model()

HEADING = "name;email;country;organisation;organisation type;gender;language\n"
GOOD = (
    HEADING
    + "Amina Diallo;amina@example.org;Bénin;Ministère du Cadre de Vie;"
    + "Government or public administration;female;fr\n"
    + "Nguyễn Văn An;AN.NGUYEN@example.org;VN;Institute of Ecology;research;male;English\n"
    + "Jean Mukendi;jean@example.org;République démocratique du Congo;ICCN;"
    + "Aire protégée ou agence de conservation;Prefer not to say;fr\n"
)


def read(text, name="participants.csv"):
    return bulk_files.bulk_file_read(name=name, content=text.encode("utf-8-sig"))


def outcomes(preview):
    return {row.values["email"]: row.outcome for row in preview.rows}


def test_good_rows_create_accounts_and_enrolments_and_queue_emails(
    session, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="jean@example.org", full_name="Jean Mukendi Kabila")

    preview = bulk.bulk_enrolment_preview(session=session, rows=read(GOOD))
    assert outcomes(preview) == {
        "amina@example.org": bulk.NEW_ACCOUNT,
        "an.nguyen@example.org": bulk.NEW_ACCOUNT,
        "jean@example.org": bulk.EXISTING_ACCOUNT,
    }
    assert preview.can_confirm and not User.objects.filter(email="amina@example.org").exists()

    with django_capture_on_commit_callbacks(execute=True):
        result = bulk.bulk_enrolment_confirm(session=session, rows=read(GOOD))

    assert (result.accounts_created, result.enrolled, result.errors) == (2, 3, 0)
    amina = User.objects.get(email="amina@example.org")
    assert amina.full_name == "Amina Diallo" and amina.country.code == "BJ"
    assert amina.organisation_type == "government" and amina.gender == "female"
    assert amina.preferred_language == "fr" and not amina.has_usable_password()
    an = User.objects.get(email="an.nguyen@example.org")
    assert (an.full_name, an.country.code, an.organisation_type, an.gender) == (
        "Nguyễn Văn An",
        "VN",
        "research",
        "male",
    )
    assert an.preferred_language == "en"
    existing.refresh_from_db()
    assert existing.full_name == "Jean Mukendi Kabila"  # an existing profile is left alone
    assert set(session.enrolments.values_list("source", flat=True)) == {"bulk"}
    assert session.enrolments.count() == 3
    invitations = OutboxEmail.objects.filter(dedup_key__startswith="invitation:")
    assert sorted(invitations.values_list("to_email", flat=True)) == [
        "amina@example.org",
        "an.nguyen@example.org",
    ]
    amina_invitation = invitations.get(recipient=amina)
    # The link to choose a password is made when the email is sent, never stored.
    assert "/accounts/password/reset/key/" not in amina_invitation.body_text
    assert amina_invitation.secret_link == "password_reset"
    assert (amina_invitation.kind, amina_invitation.language) == ("invitation", "fr")
    assert OutboxEmail.objects.filter(kind="enrolment_confirmation").count() == 3


def test_bad_rows_are_left_out_with_clear_reasons(session, django_capture_on_commit_callbacks):
    text = (
        HEADING
        + "Amina Diallo;amina@example.org;Benin;;ngo;female;fr\n"
        + ";nobody@example.org;BJ;;;;\n"
        + "No Email;;BJ;;;;\n"
        + "Bad Email;not-an-email;BJ;;;;\n"
        + "Far Away;far@example.org;Atlantis;;;;\n"
        + "Odd Type;odd@example.org;BJ;;club;;\n"
        + "Odd Gender;gender@example.org;BJ;;;robot;\n"
        + "Odd Language;lang@example.org;BJ;;;;Klingon\n"
        + "Amina Again;AMINA@example.org;BJ;;;;\n"
    )

    preview = bulk.bulk_enrolment_preview(session=session, rows=read(text))

    errors = {row.number: " ".join(row.errors) for row in preview.rows if row.is_error}
    assert set(errors) == {3, 4, 5, 6, 7, 8, 9, 10}
    assert "The name is missing." in errors[3]
    assert "The email address is missing." in errors[4]
    assert "“not-an-email” is not a valid email address." in errors[5]
    assert "“Atlantis” is not a country we know" in errors[6]
    assert "“club” is not a type of organisation. Use one of: government," in errors[7]
    assert "“robot” is not a gender option." in errors[8]
    assert "“Klingon” is not a language." in errors[9]
    assert "already on row 2 of the file" in errors[10]
    assert preview.count(bulk.NEW_ACCOUNT) == 1 and preview.can_confirm

    with django_capture_on_commit_callbacks(execute=True):
        result = bulk.bulk_enrolment_confirm(session=session, rows=read(text))

    assert (result.accounts_created, result.enrolled, result.errors) == (1, 1, 8)
    assert list(session.enrolments.values_list("user__email", flat=True)) == ["amina@example.org"]
    assert not User.objects.filter(email__in=["nobody@example.org", "far@example.org"]).exists()


def test_the_same_file_twice_changes_nothing(session, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        bulk.bulk_enrolment_confirm(session=session, rows=read(GOOD))
    counts = (User.objects.count(), Enrolment.objects.count(), OutboxEmail.objects.count())

    preview = bulk.bulk_enrolment_preview(session=session, rows=read(GOOD))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = bulk.bulk_enrolment_confirm(session=session, rows=read(GOOD))

    assert set(outcomes(preview).values()) == {bulk.ALREADY_ENROLLED}
    assert not preview.can_confirm
    assert (result.accounts_created, result.enrolled, result.unchanged) == (0, 0, 3)
    assert (User.objects.count(), Enrolment.objects.count(), OutboxEmail.objects.count()) == counts
    assert callbacks == []


def test_an_xlsx_file_and_a_comma_separated_file_read_alike(session):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        ["Full name", "E-mail", "Pays", "Organisation", "Type of organisation", "Genre", "Langue"]
    )
    sheet.append(["Amina Diallo", "amina@example.org", "BEN", "Ministry", "ngo", "Femme", "fr"])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["Lan Tran", "lan@example.org", "Viet Nam", None, None, None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    from_xlsx = bulk_files.bulk_file_read(name="list.XLSX", content=buffer.getvalue())
    from_csv = bulk_files.bulk_file_read(
        name="list.csv",
        content=(
            "Name,Email,Country\r\nAmina Diallo,amina@example.org,Benin\r\n"
            '"Tran, Lan",lan@example.org,Vietnam\r\n'
        ).encode("cp1252"),
    )

    assert [row["_row"] for row in from_xlsx] == [2, 4]
    preview = bulk.bulk_enrolment_preview(session=session, rows=from_xlsx)
    assert [row.values["country"] for row in preview.rows] == ["BJ", "VN"]
    assert preview.rows[0].values["gender"] == "female"
    assert [row["full_name"] for row in from_csv] == ["Amina Diallo", "Tran, Lan"]
    assert not any(row.is_error for row in preview.rows)


def test_a_formula_cell_in_a_workbook_is_a_row_error_not_an_empty_value(session):
    """openpyxl (and other programs) save formulas without a computed value: read as values,
    they would be empty. The row says which cell holds one; the others go on."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Email", "Country"])
    sheet.append(["Amina Diallo", "amina@example.org", "BJ"])
    sheet.append(['=CONCAT("Lan ", "Tran")', "lan@example.org", "VN"])
    sheet.append(["Aïcha Ouédraogo", '=LOWER("AICHA@EXAMPLE.ORG")', "BF"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    rows = bulk_files.bulk_file_read(name="list.xlsx", content=buffer.getvalue())
    preview = bulk.bulk_enrolment_preview(session=session, rows=rows)

    assert [row.is_error for row in preview.rows] == [False, True, True]
    assert preview.rows[1].errors == ["The cell “Name” holds a formula: type its value instead."]
    assert "The cell “Email” holds a formula: type its value instead." in preview.rows[2].errors


def test_a_full_session_takes_no_file_that_overflows_it(course):
    session = make_session(course, capacity=2)
    enrol(session)

    preview = bulk.bulk_enrolment_preview(session=session, rows=read(GOOD))

    assert not preview.can_confirm
    assert "1 places left and this file would enrol 3" in preview.problems[0]
    with pytest.raises(bulk_files.BulkEnrolmentError):
        bulk.bulk_enrolment_confirm(session=session, rows=read(GOOD))
    assert session.enrolments.count() == 1 and not User.objects.filter(email="amina@example.org")


def test_someone_enrolled_in_another_session_of_the_course_stays_there(course, session):
    other = make_session(course, title="Kinshasa, June")
    jean = UserFactory(email="jean@example.org")
    enrol(other, jean)

    preview = bulk.bulk_enrolment_preview(session=session, rows=read(GOOD))

    row = next(row for row in preview.rows if row.values["email"] == "jean@example.org")
    assert row.outcome == bulk.ALREADY_ENROLLED
    assert row.note == "Enrolled in this course in the session “Kinshasa, June”."
