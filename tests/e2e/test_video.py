"""In Chromium: a trainer uploads an MP4 into a module's video block from the page editor; a
trainee sees its size, and the video plays."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.factories import TEST_PASSWORD, AdminFactory, course_page, module_page

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("migrated_data")]

VIDEO = Path(__file__).parent / "media" / "test-pattern.mp4"


def test_an_uploaded_mp4_plays_in_the_video_block(live_server, page: Page, admin_sign_in):
    module = module_page(course_page(title="Mangroves"), title="Watching mangroves")
    trainer = AdminFactory(email="video.trainer@example.org")
    admin_sign_in(page, trainer.email, TEST_PASSWORD)

    page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    page.locator("#body-root button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Video", exact=True).click()
    page.fill('input[name="body-0-value-title"]', "A mangrove from the air")
    page.fill('input[name="body-0-value-size_note"]', "2 s")
    page.fill('textarea[name="body-0-value-transcript"]', "A test pattern, without sound.")
    page.locator('[data-contentpath="video_file"] button', has_text="Choose a document").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    modal.locator('input[name="document-chooser-upload-title"]').fill("Mangrove flight")
    modal.locator('input[name="document-chooser-upload-file"]').set_input_files(str(VIDEO))
    modal.get_by_role("button", name="Upload").click()
    expect(page.locator('[data-contentpath="video_file"]')).to_contain_text("Mangrove flight")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("has been published")).to_be_visible()

    page.goto(f"{live_server.url}{module.url}")
    figure = page.locator("figure.block-video")
    # The trainee knows what playing costs before pressing play: nothing is loaded until then.
    expect(figure.locator(".block-video__size")).to_have_text("(2 s, 7.6\u00a0KB)")
    video = figure.locator("video")
    assert video.evaluate("video => video.readyState") == 0
    video.evaluate("video => { video.muted = true; return video.play(); }")
    # Polled inside the page: the site's policy forbids the eval that wait_for_function uses.
    played = video.evaluate(
        """video => new Promise(resolve => {
            const check = () => video.currentTime > 0.5 ? resolve(video.currentTime)
                : setTimeout(check, 50);
            check();
        })"""
    )
    assert played > 0.5
    assert video.evaluate("video => [video.videoWidth, video.videoHeight]") == [160, 90]
    assert video.evaluate("video => video.error") is None
