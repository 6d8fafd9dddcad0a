from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import Page, expect

from courses.models import CoursePage
from learning_platform.demo.content import DEMO_PASSWORD
from learning_platform.learning.models import TrainingSession

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]

PARTICIPANTS = (
    "name;email;country;organisation;organisation type;gender;language\n"
    "Amina Diallo;amina@example.org;Bénin;Ministère du Cadre de Vie;government;female;fr\n"
    "Nguyễn Văn An;an@example.org;Vietnam;Institute of Ecology;research;male;en\n"
    "Nobody;not-an-email;Benin;;;;\n"
)


def test_the_demo_coordinator_enrols_a_file_and_reads_the_dashboard(
    live_server, page: Page, tmp_path, admin_sign_in
):
    call_command("load_demo", stdout=StringIO())
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path").first()
    session = TrainingSession.objects.create(
        course_key=course.translation_key,
        title="Cotonou, March 2027",
        format="blended",
        starts_on="2026-03-08",
        ends_on="2026-03-10",
    )
    session.coordinators.add(get_user_model().objects.get(email="coordinator@example.org"))
    upload = tmp_path / "participants.csv"
    upload.write_text(PARTICIPANTS, encoding="utf-8-sig")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    admin_sign_in(page, "coordinator@example.org", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/admin/reports/sessions/{session.pk}/enrol/")
    page.set_input_files("input[name=file]", str(upload))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("“not-an-email” is not a valid email address.")).to_be_visible()
    expect(page.get_by_text("New account, enrolled")).to_have_count(2)
    page.get_by_role("button", name="Confirm and enrol").click()

    expect(
        page.get_by_text("2 participants enrolled, 2 of them with a new account").first
    ).to_be_visible()
    page.goto(f"{live_server.url}/admin/reports/sessions/{session.pk}/participants/")
    expect(page.get_by_text("Nguyễn Văn An")).to_be_visible()
    page.goto(f"{live_server.url}/admin/reports/participation/")
    expect(page.locator("svg.reports-chart").first).to_be_visible()
    expect(page.get_by_role("heading", name="Participation funnel")).to_be_visible()
    page.goto(f"{live_server.url}/admin/reports/sessions/{session.pk}/attendance/?day=2026-03-09")
    page.get_by_label("Amina Diallo").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("1 added, 0 removed")).to_be_visible()
    page.goto(f"{live_server.url}/admin/sessions/edit/{session.pk}/")
    expect(page.locator("input[name=title]")).to_have_value("Cotonou, March 2027")
    assert errors == []
