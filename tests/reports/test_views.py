"""The coordinators' admin: sessions, participants, bulk enrolment, attendance, dashboard and
exports, each limited to the person's sessions."""

import csv
import datetime
import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from learning_platform.learning.models import (
    Attendance,
    Enrolment,
    ModuleProgress,
    TrainingSession,
)
from tests.factories import AdminFactory, UserFactory
from tests.reports.conftest import certify, enrol, make_session, make_staff

pytestmark = pytest.mark.django_db

CSV = (
    "name;email;country;organisation;organisation type;gender;language\n"
    "Amina Diallo;amina@example.org;Benin;Ministry;government;female;fr\n"
    "Nobody;not-an-email;Benin;;;;\n"
)


@pytest.fixture
def theirs(course):
    """Another coordinator's session of the same course, with a participant."""
    other = make_staff("Coordinators", full_name="Coordinator B")
    session = make_session(course, title="Bujumbura, June")
    session.coordinators.add(other)
    enrol(session, UserFactory(full_name="Their Trainee"))
    return session


@pytest.fixture
def admin_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_a_trainee_never_reaches_the_reports(client, session):
    client.force_login(UserFactory())

    for url in (
        reverse("reports_dashboard"),
        reverse("reports_participants"),
        reverse("reports_session_participants", args=[session.pk]),
        reverse("reports_bulk_enrol", args=[session.pk]),
        reverse("sessions:index"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code != 200


def test_a_coordinator_lists_and_opens_only_their_sessions(admin_client, session, theirs):
    listing = admin_client.get(reverse("sessions:index")).content.decode()

    assert "Cotonou, May 2027" in listing and "Bujumbura, June" not in listing
    for name in ("sessions:edit", "sessions:history", "sessions:usage"):
        assert admin_client.get(reverse(name, args=[session.pk])).status_code == 200, name
    for url in (
        reverse("sessions:edit", args=[theirs.pk]),
        reverse("sessions:delete", args=[theirs.pk]),
        reverse("sessions:history", args=[theirs.pk]),
        reverse("sessions:usage", args=[theirs.pk]),
        reverse("reports_session_participants", args=[theirs.pk]),
        reverse("reports_bulk_enrol", args=[theirs.pk]),
        reverse("reports_attendance", args=[theirs.pk]),
    ):
        # Not found (Django's locale middleware may redirect a 404 to a /en/ address first).
        response = admin_client.get(url, follow=True)
        assert response.status_code == 404, url
        assert "Bujumbura" not in response.content.decode()
    everyone = admin_client.get(reverse("reports_participants")).content.decode()
    assert "Their Trainee" not in everyone


def test_a_coordinator_creates_a_session_and_is_responsible_for_it(
    admin_client, coordinator, course
):
    form = admin_client.get(reverse("sessions:add"))
    assert form.status_code == 200 and "Clearing-House Mechanism" in form.content.decode()
    response = admin_client.post(
        reverse("sessions:add"),
        {
            "course_key": str(course.translation_key),
            "title": "Niamey, September",
            "format": "in_person",
            "starts_on": "2027-09-01",
            "ends_on": "2027-09-03",
            "attendance_days_required": "2",
            "enrolment_closes_at": "2027-08-25 18:00",
        },
    )

    assert response.status_code == 302
    session = TrainingSession.objects.get(title="Niamey, September")
    assert session.course_key == course.translation_key
    assert list(session.coordinators.all()) == [coordinator]
    assert session.enrolment_closes_at.date() == datetime.date(2027, 8, 25)


def test_online_sessions_do_not_require_attendance(admin_client, course):
    response = admin_client.post(
        reverse("sessions:add"),
        {
            "course_key": str(course.translation_key),
            "title": "Online",
            "format": "online",
            "attendance_days_required": "2",
        },
    )

    assert response.status_code == 200
    assert "only be required for in-person and blended" in response.content.decode()


def test_the_participants_of_a_session_show_progress_completion_certificate_attendance(
    admin_client, session, course
):
    done = enrol(session, UserFactory(full_name="Amina Diallo"), completed_at=timezone.now())
    certify(done)
    Attendance.objects.create(enrolment=done, day="2027-05-10")
    module = course.get_children().get()
    ModuleProgress.objects.create(
        enrolment=done, module_key=module.translation_key, completed_at=timezone.now()
    )
    enrol(session, UserFactory(full_name="Lan Tran"))

    page = admin_client.get(reverse("reports_session_participants", args=[session.pk]))

    content = page.content.decode()
    assert "Amina Diallo" in content and "Lan Tran" in content and "Issued" in content
    exported = admin_client.get(
        reverse("reports_session_participants", args=[session.pk]), {"export": "csv"}
    )
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Name", "Email"]
    amina = next(row for row in rows if row[0] == "Amina Diallo")
    assert amina[10] == "100" and amina[12:14] == ["Issued", "1"]
    lan = next(row for row in rows if row[0] == "Lan Tran")
    assert lan[10] == "0" and lan[12:14] == ["", "0"]
    assert page.context["object_list"][0].progress_percent == 100


def test_participant_exports_neutralise_formulas(admin_client, session):
    enrol(
        session,
        UserFactory(full_name='=HYPERLINK("http://evil.example/","Click")', organisation="+cmd|x"),
    )
    enrol(session, UserFactory(full_name="@SUM(A1:A9)", organisation="-2+3"))
    enrol(session, UserFactory(full_name="\tTabbed", organisation="\rReturned"))
    url = reverse("reports_participants")

    text = b"".join(admin_client.get(url, {"export": "csv"}).streaming_content).decode("utf-8-sig")
    workbook = load_workbook(
        io.BytesIO(b"".join(admin_client.get(url, {"export": "xlsx"}).streaming_content))
    )

    cells = [row[:4] for row in csv.reader(io.StringIO(text))][1:]
    names = sorted(row[0] for row in cells)
    assert names == ["'\tTabbed", '\'=HYPERLINK("http://evil.example/","Click")', "'@SUM(A1:A9)"]
    organisations = sorted(row[3] for row in cells)
    assert organisations == ["'\rReturned", "'+cmd|x", "'-2+3"]
    # In the workbook, text stays text, never a formula, and is not prefixed.
    cells = [cell for row in workbook.active.iter_rows(min_row=2) for cell in row[:4]]
    assert all(cell.data_type in ("s", "n") for cell in cells)
    names = sorted(cell.value for cell in cells if cell.column == 1)
    assert names == ["\tTabbed", '=HYPERLINK("http://evil.example/","Click")', "@SUM(A1:A9)"]


def test_the_csv_export_opens_in_excel_as_written_with_local_times(admin_client, session):
    """A byte-order mark for Excel on Windows; dates and times in the coordinator's time zone,
    to the minute; in the workbook, real dates."""
    trainee = UserFactory(full_name="Nguyễn Thị Lan — عائشة")
    enrolment = enrol(session, trainee)
    type(enrolment).objects.filter(pk=enrolment.pk).update(
        enrolled_at=datetime.datetime(2026, 12, 2, 3, 49, 16, 838990, tzinfo=datetime.UTC)
    )
    url = reverse("reports_participants")

    # The coordinator's own time zone (UTC+1), from their admin profile.
    profile = UserProfile.get_for_user(
        admin_client.get(reverse("wagtailadmin_home")).wsgi_request.user
    )
    profile.current_time_zone = "Africa/Kinshasa"
    profile.save()

    raw = b"".join(admin_client.get(url, {"export": "csv"}).streaming_content)
    workbook = load_workbook(
        io.BytesIO(b"".join(admin_client.get(url, {"export": "xlsx"}).streaming_content))
    )

    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Nguyễn Thị Lan — عائشة" in text
    assert "2026-12-02 04:49" in text and "+00:00" not in text and ".838990" not in text
    dates = [
        cell.value
        for row in workbook.active.iter_rows(min_row=2)
        for cell in row
        if isinstance(cell.value, datetime.datetime)
    ]
    assert datetime.datetime(2026, 12, 2, 4, 49, 16, 838000) in dates  # to the millisecond


def upload(client, url, name, content, callbacks):
    """Uploads a file, its reading run as a worker would once the request commits, and
    follows to the page that shows it."""
    with callbacks(execute=True):
        response = client.post(url, {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 302 and "?file=" in response.url
    return client.get(response.url)


def test_bulk_enrolment_reads_previews_then_confirms(
    admin_client, session, django_capture_on_commit_callbacks
):
    url = reverse("reports_bulk_enrol", args=[session.pk])
    assert admin_client.get(url).status_code == 200

    preview = upload(
        admin_client, url, "list.csv", CSV.encode(), django_capture_on_commit_callbacks
    )
    content = preview.content.decode()
    assert "New account, enrolled" in content
    assert "“not-an-email” is not a valid email address." in content
    assert not Enrolment.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = admin_client.post(url, {"confirm": "1", "file": preview.context["file"].pk})
    assert confirmed.status_code == 302
    assert list(session.enrolments.values_list("user__email", flat=True)) == ["amina@example.org"]
    audited = ModelLogEntry.objects.get(action="lp.bulk_enrolment")
    assert audited.object_id == str(session.pk) and audited.data["file"] == "list.csv"
    files = admin_client.get(url).content.decode()
    assert "list.csv" in files and "1 participants enrolled, 1 of them with a new account" in files

    again = upload(admin_client, url, "list.csv", CSV.encode(), django_capture_on_commit_callbacks)
    assert "Already enrolled: nothing to do" in again.content.decode()
    assert not again.context["preview"].can_confirm


def test_a_file_being_read_shows_so_and_a_refresh_shows_its_preview(
    admin_client, session, django_capture_on_commit_callbacks
):
    url = reverse("reports_bulk_enrol", args=[session.pk])
    with django_capture_on_commit_callbacks(execute=False) as reading:  # no worker yet
        response = admin_client.post(url, {"file": SimpleUploadedFile("list.csv", CSV.encode())})

    waiting = admin_client.get(response.url).content.decode()
    assert "The file is being read." in waiting and 'http-equiv="refresh"' in waiting
    assert "Confirm and enrol" not in waiting
    for callback in reading:  # the worker reads it
        callback()
    ready = admin_client.get(response.url).content.decode()
    assert "New account, enrolled" in ready and "Confirm and enrol" in ready
    assert 'http-equiv="refresh"' not in ready


def test_a_refused_file_says_why_and_enrols_nobody(
    admin_client, session, django_capture_on_commit_callbacks
):
    from tests.reports import hostile_files

    url = reverse("reports_bulk_enrol", args=[session.pk])
    page = upload(
        admin_client,
        url,
        "list.xlsx",
        hostile_files.wide_row_xlsx_that_zips_badly(),
        django_capture_on_commit_callbacks,
    )

    content = page.content.decode()
    assert "list.xlsx was refused: Row 2 has more than 30 columns" in content
    assert "Nobody was enrolled." in content and "Confirm and enrol" not in content
    confirm = admin_client.post(url, {"confirm": "1", "file": page.context["file"].pk})
    assert confirm.status_code == 302 and not Enrolment.objects.exists()


def test_the_wide_row_workbook_is_refused_within_the_request(admin_client, session):
    from learning_platform.reports.models import BulkEnrolment
    from tests.reports import hostile_files

    content = hostile_files.wide_rows_xlsx()
    started = time.monotonic()
    response = admin_client.post(
        reverse("reports_bulk_enrol", args=[session.pk]),
        {"file": SimpleUploadedFile("list.xlsx", content)},
    )

    assert time.monotonic() - started < 2
    assert response.status_code == 200
    assert "The workbook is too large once unzipped" in response.content.decode()
    assert not BulkEnrolment.objects.exists()  # nothing stored, nothing queued


def test_a_file_of_another_session_cannot_be_seen_or_confirmed(
    admin_client, session, theirs, django_capture_on_commit_callbacks
):
    from learning_platform.reports import bulk_uploads

    with django_capture_on_commit_callbacks(execute=True):
        their_file = bulk_uploads.bulk_upload_store(
            session=theirs, filename="theirs.csv", content=CSV.encode(), by=None
        )
    url = reverse("reports_bulk_enrol", args=[session.pk])

    assert admin_client.get(url, {"file": their_file.pk}).status_code == 404
    assert admin_client.get(url, {"file": "forged"}).status_code == 404
    response = admin_client.post(url, {"confirm": "1", "file": their_file.pk})
    their_file.refresh_from_db()
    assert response.status_code == 404 and their_file.status == "read"
    assert theirs.enrolments.count() == 1  # their own participant, and nobody from the file


def test_a_trainer_follows_but_does_not_enrol(client, trainer, session):
    session.trainers.add(trainer)
    client.force_login(trainer)

    assert client.get(reverse("reports_session_participants", args=[session.pk])).status_code == 200
    # Wagtail sends someone without the permission back to the admin home, with a message.
    refused = client.get(reverse("reports_bulk_enrol", args=[session.pk]))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")


def test_attendance_is_ticked_by_day(admin_client, course, coordinator):
    session = make_session(course, format="in_person", starts_on="2026-05-10", ends_on="2026-05-12")
    session.coordinators.add(coordinator)
    first, second = enrol(session), enrol(session)
    url = reverse("reports_attendance", args=[session.pk])

    page = admin_client.get(url)
    assert page.status_code == 200 and len(page.context["days"]) == 3
    response = admin_client.post(url, {"day": "2026-05-11", "present": [first.pk]})

    assert response.status_code == 302
    assert list(Attendance.objects.values_list("enrolment_id", "day")) == [
        (first.pk, datetime.date(2026, 5, 11))
    ]
    rows = admin_client.get(url, {"day": "2026-05-11"}).context["rows"]
    assert {enrolment.pk: present for enrolment, present in rows} == {
        first.pk: True,
        second.pk: False,
    }


def test_attendance_is_for_days_that_have_come(admin_client, course, coordinator):
    """A day ahead ticked by mistake once completed a course and issued certificates: refused,
    with the reason, and nothing recorded."""
    today = timezone.localdate()
    session = make_session(
        course,
        format="in_person",
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=1),
        attendance_days_required=1,
    )
    session.coordinators.add(coordinator)
    trainee = enrol(session, UserFactory(email="amina@example.org", organisation="ABN"))
    url = reverse("reports_attendance", args=[session.pk])
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()

    page = admin_client.get(url)
    refused = admin_client.post(url, {"day": tomorrow, "present": [trainee.pk]}, follow=True)
    shown = admin_client.get(url, {"day": tomorrow})

    assert page.context["day"] == today  # the last day so far, not the first or one to come
    assert [has_come for _day, has_come in page.context["days"]] == [True, True, False]
    content = page.content.decode()
    assert "amina@example.org" in content and "ABN" in content  # beside the name
    assert "has not come yet" in refused.content.decode()
    assert shown.context["day"] is None and "has not come yet" in shown.content.decode()
    assert not Attendance.objects.exists()
    trainee.refresh_from_db()
    assert trainee.completed_at is None


def test_everyone_was_there_ticks_every_participant(admin_client, course, coordinator):
    session = make_session(course, format="in_person", starts_on="2026-05-10")
    session.coordinators.add(coordinator)
    first, second = enrol(session), enrol(session)
    enrol(session, withdrawn_at=timezone.now())  # withdrew: not there

    admin_client.post(
        reverse("reports_attendance", args=[session.pk]), {"day": "2026-05-10", "everyone": "1"}
    )

    assert set(Attendance.objects.values_list("enrolment_id", flat=True)) == {first.pk, second.pk}


def test_the_sessions_list_shows_dates_as_dates(admin_client, course, coordinator):
    session = make_session(course, starts_on="2027-03-08", ends_on="2027-03-10")
    session.coordinators.add(coordinator)

    content = admin_client.get(reverse("sessions:index")).content.decode()

    for day in (datetime.date(2027, 3, 8), datetime.date(2027, 3, 10)):
        assert date_format(day, "DATE_FORMAT") in content  # "March 8, 2027" in English
    assert "Just now" not in content


def test_the_dashboard_draws_svg_and_links_to_the_participants(admin_client, session, theirs):
    enrol(session, UserFactory(country="BJ"), last_activity_at=timezone.now())

    response = admin_client.get(reverse("reports_dashboard"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in content and "Participation funnel" in content
    assert "http://" not in content.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    assert f"{reverse('reports_participants')}?country=BJ&amp;stage=active" in content
    assert response.context["board"].funnel["enrolled"] == 1  # not the other coordinator's


def test_the_aggregate_export_hides_small_counts(admin_client, session):
    for _ in range(6):
        enrol(session, UserFactory(country="BJ"))
    enrol(session, UserFactory(country="NE"))
    enrol(session, UserFactory(country="BI"))

    response = admin_client.get(
        reverse("reports_dashboard"), {"export": "csv", "suppress_below": "5"}
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    xlsx = admin_client.get(reverse("reports_dashboard"), {"export": "xlsx", "suppress_below": "5"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active

    assert rows[0] == [
        "Breakdown",
        "Value",
        "Enrolled",
        "Active",
        "Completed",
        "Certified",
        "Withdrew",
    ]
    countries = {row[1]: row[2] for row in rows if row[0] == "Country"}
    assert countries == {"Benin": "6", "Niger": "<5", "Burundi": "<5"}
    participations = "Participations (a person once per course)"
    people = "People (once, whatever the number of courses)"
    assert rows[1] == ["All participants", participations, "8", "0", "0", "0", "0"]
    assert rows[2] == ["All participants", people, "8", "0", "0", "0", "0"]
    assert [cell.value for cell in next(sheet.iter_rows(min_row=2, max_row=2))][:3] == [
        "All participants",
        participations,
        8,
    ]
    notes = [row[1] for row in rows if row[0] == "Note"]
    assert notes[0].startswith("Enrolled: took part") and "“<5”" in notes[-1]


def test_a_count_hidden_to_protect_another_is_marked_suppressed_everywhere(admin_client, session):
    """37 trainees from Benin, 6 from Niger, 2 from Burundi, threshold 5: the 2 is hidden as
    small; alone, it could be worked out from the total, so the 6 is hidden too, as
    "suppressed", never as "<5"; 37 stays. The same in the page, the CSV and the XLSX."""
    for country, count in (("BJ", 37), ("NE", 6), ("BI", 2)):
        for _ in range(count):
            enrol(session, UserFactory(country=country))
    expected = {"Benin": "37", "Niger": "suppressed", "Burundi": "<5"}
    query = {"suppress_below": "5"}

    page = admin_client.get(reverse("reports_dashboard"), query)
    csv_response = admin_client.get(reverse("reports_dashboard"), {**query, "export": "csv"})
    xlsx = admin_client.get(reverse("reports_dashboard"), {**query, "export": "xlsx"})

    [countries] = [b for b in page.context["breakdowns"] if b["name"] == "country"]
    shown = {
        row["label"]: row["cells"][0]["hidden"] or str(row["cells"][0]["count"])
        for row in countries["rows"]
    }
    assert shown == expected
    content = page.content.decode()
    assert "“suppressed”: a count of any size, hidden only" in content
    rows = list(
        csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode("utf-8-sig")))
    )
    assert {row[1]: row[2] for row in rows if row[0] == "Country"} == expected
    assert rows[-1][0] == "Note" and "“<5”: from 1 to 4 people" in rows[-1][1]
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert {row[1]: str(row[2]) for row in cells if row[0] == "Country"} == expected
    assert cells[-1][0] == "Note"


def test_the_admin_home_shows_the_participation_panel(admin_client, session):
    enrol(session)

    content = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Open the participation dashboard" in content


def test_a_superuser_sees_every_session(client, session, theirs):
    client.force_login(AdminFactory())

    listing = client.get(reverse("sessions:index")).content.decode()

    assert "Cotonou, May 2027" in listing and "Bujumbura, June" in listing


def test_the_session_export_neutralises_formulas(admin_client, coordinator, course):
    session = make_session(course, title="=cmd|' /C calc'!A0")
    session.coordinators.add(coordinator)

    response = admin_client.get(reverse("sessions:index"), {"export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[1][:2] == ["'=cmd|' /C calc'!A0", "Clearing-House Mechanism"]


def test_the_dashboard_drills_down_to_the_participants(admin_client, session):
    now = timezone.now()
    enrol(session, UserFactory(full_name="Active Beninese", country="BJ"), last_activity_at=now)
    enrol(session, UserFactory(full_name="Idle Beninese", country="BJ"))
    enrol(session, UserFactory(full_name="Active Nigerien", country="NE"), last_activity_at=now)

    content = admin_client.get(
        reverse("reports_participants"), {"country": "BJ", "stage": "active"}
    ).content.decode()

    assert "Active Beninese" in content
    assert "Idle Beninese" not in content and "Active Nigerien" not in content


def test_an_oversized_file_is_refused_before_it_is_read(admin_client, session):
    from learning_platform.reports.bulk_files import FileLimits

    big = SimpleUploadedFile("list.csv", b"x" * (FileLimits().max_bytes + 1))

    response = admin_client.post(reverse("reports_bulk_enrol", args=[session.pk]), {"file": big})

    assert "The file is larger than 5 MB." in response.content.decode()


def test_the_template_file_reads_back_as_one_good_row(admin_client, session):
    from learning_platform.reports import bulk, bulk_files

    response = admin_client.get(reverse("reports_bulk_template"))
    rows = bulk_files.bulk_file_read(name="template.csv", content=response.content)

    preview = bulk.bulk_enrolment_preview(session=session, rows=rows)
    assert [row.outcome for row in preview.rows] == [bulk.NEW_ACCOUNT]
    assert preview.rows[0].country_name == "Benin"


def test_an_erased_trainee_is_counted_but_not_named(admin_client, session):
    from learning_platform.accounts.services import user_erase

    trainee = UserFactory(full_name="Gone Away", email="gone@example.org", country="BJ")
    enrol(session, trainee)
    user_erase(user=trainee)

    exported = admin_client.get(reverse("reports_participants"), {"export": "csv"})
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    board = admin_client.get(reverse("reports_dashboard")).context["board"]

    assert "Gone Away" not in text and "erased-" not in text and "Erased account" in text
    assert board.funnel["enrolled"] == 1 and board.breakdowns["country"][0].value == "BJ"
