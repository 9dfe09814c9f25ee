"""Clinic mode end to end in Chromium: invitations, a painful stop, the alert, a program change."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import EXAMPLE, watch
from tests.browser.stepping import walk_safety
from tests.support import fresh_database_env, run_scapula, scapula_server

pytestmark = pytest.mark.browser

PASSWORD = "harbour-tide-lantern-77"
REASON = "Sharp pain in your last session: we leave this one out for a week."


@pytest.fixture(scope="module")
def clinic_server(tmp_path_factory):
    """A clinic-mode server (behind a TLS proxy, as on a clinic's network) with its first admin."""
    root = tmp_path_factory.mktemp("clinic-instance")
    password_file = root / "admin-password"
    password_file.write_text(PASSWORD + "\n")
    with fresh_database_env(root / "data") as env:
        env |= {"SCAPULA_MODE": "clinic", "SCAPULA_BEHIND_TLS_PROXY": "true"}
        made = run_scapula(
            "accounts", "create", "admin@harbour.example", "--role", "admin",
            "--clinic", "Harbour Physio", "--password-file", str(password_file), env=env,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
        with scapula_server(env, root) as server:
            yield server


def person(chromium, *, width=1280, height=900):
    """A browser of its own for one person, with its console errors watched."""
    # A clinic has no owner's sign-in link: each person signs in for themself.
    context = chromium.without_sign_in.new_context(viewport={"width": width, "height": height})
    return watch(context.new_page())


def sign_in(page, server, email):
    page.goto(server.url("/accounts/login/"))
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()


def join(page, link, name, email=None):
    page.goto(link)
    page.fill("input[name=name]", name)
    if email:  # an invitation made without an address asks the person for theirs
        page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=password_again]", PASSWORD)
    page.get_by_role("button", name="Make my account").click()
    page.wait_for_load_state()


def make_plan(page, server):
    """Build the plan from the example self-assessment, through the API as this browser."""
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    headers = {"X-CSRFToken": token, "Referer": server.url("/")}
    assert page.request.post(server.url("/api/plan"), data=EXAMPLE, headers=headers).ok


def stop_with_sharp_pain(page, server):
    """Start today's session and stop the first exercise for sharp pain."""
    page.clock.install()
    page.goto(server.url("/session/"))
    page.locator("#stage-before .pain[data-pain='3']").click()
    page.click("#start")
    page.wait_for_selector("#stage-run:not([hidden])")
    page.click("#hurt")
    page.locator("#stage-hurt .pain[data-pain='7']").click()
    page.check("input[name=reason][value='sharp or catching pain']")
    page.click("#hurt-end")
    page.locator("#stage-after .pain[data-pain='5']").click()
    page.wait_for_selector("#save-status:has-text('Saved.')")


def test_admin_invites_clinician_who_invites_a_patient_who_stops_with_pain(
    chromium, clinic_server, screenshots
):
    server = clinic_server
    admin = person(chromium)
    sign_in(admin.page, server, "admin@harbour.example")
    admin.page.goto(server.url("/clinic/team/"))
    admin.page.fill("input[name=email]", "ana@harbour.example")
    admin.page.get_by_role("button", name="Make the invitation").click()
    clinician_link = admin.page.locator("#invite-link").input_value()

    clinician = person(chromium)
    join(clinician.page, clinician_link, "Ana Silva")
    expect(clinician.page).to_have_url(re.compile(r"/clinic/$"))
    clinician.page.goto(server.url("/clinic/invite/"))
    clinician.page.get_by_role("button", name="Make the invitation").click()
    patient_link = clinician.page.locator("#invite-link").input_value()

    patient = person(chromium, width=390, height=844)
    join(patient.page, patient_link, "Sam Reed", "sam.reed@mail.example")
    expect(patient.page).to_have_url(re.compile(r"/safety/"))
    walk_safety(patient.page)
    make_plan(patient.page, server)
    stop_with_sharp_pain(patient.page, server)

    clinician.page.goto(server.url("/clinic/"))
    row = clinician.page.locator("tr", has_text="Sam Reed")
    expect(row.locator(".alert-count")).to_have_text("1 new")
    expect(row.locator(".flag-list")).to_be_visible()
    clinician.page.screenshot(path=str(screenshots / "clinic-patient-list.png"), full_page=True)
    row.locator(".alert-count").click()
    expect(clinician.page.locator("#alerts")).to_contain_text("sharp")

    patient_id = re.search(r"/clinic/patients/(\d+)/", clinician.page.url).group(1)
    clinician.page.goto(server.url(f"/clinic/program/{patient_id}/"))
    first = clinician.page.locator("ol.routine > li").first
    first.locator("summary").click()
    removal = first.locator(
        "form.program-change", has=clinician.page.get_by_role("button", name="Remove")
    )
    removal.locator("textarea, input[type=text]").first.fill(REASON)
    removal.get_by_role("button", name="Remove").click()
    clinician.page.wait_for_load_state()
    expect(clinician.page.locator("body")).to_contain_text(REASON)

    patient.page.goto(server.url("/plan/"))
    changes = patient.page.locator("section", has_text="Changes by your clinician")
    expect(changes).to_contain_text("Ana Silva")
    expect(changes).to_contain_text(REASON)
    patient.page.screenshot(path=str(screenshots / "clinic-patient-plan-390.png"), full_page=True)
    for watched in (admin, clinician, patient):
        assert watched.console_errors == []
        assert watched.hosts <= {server.url("/").split("//")[1].rstrip("/")}
