"""Page URLs."""

from django.urls import path

from scapula.web import (
    catalog_views,
    data_views,
    handout_views,
    history_views,
    pain_views,
    plan_views,
    player_views,
    progress_views,
    pwa_views,
    reminder_views,
    safety_views,
    views,
)

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("exercises/", catalog_views.library, name="library"),
    path("exercises/<slug:exercise_id>/", catalog_views.exercise_page, name="exercise"),
    path("why-it-hurts/<slug:driver_id>/", catalog_views.driver_page, name="driver"),
    path("muscles/", catalog_views.muscles_page, name="muscles"),
    path("safety/", safety_views.screening_page, name="safety"),
    path("safety/recheck/", safety_views.recheck_page, name="safety-recheck"),
    path("safety/result/<int:screening_id>/", safety_views.result_page, name="safety-result"),
    path("safety/clearance/", safety_views.clearance_page, name="safety-clearance"),
    path("assessment/", plan_views.assessment_page, name="assessment"),
    path("plan/", plan_views.plan_page, name="plan"),
    path("plan/handout.pdf", handout_views.handout, name="handout"),
    path("morning-pain/", plan_views.morning_pain, name="morning-pain"),
    path("progress/", progress_views.progress_page, name="progress"),
    path("progress/pain/", pain_views.pain_diary, name="pain-diary"),
    path("progress/pain/<int:entry_id>/correct/", pain_views.correct_entry, name="pain-correct"),
    path("progress/pain/<int:entry_id>/delete/", pain_views.delete_entry, name="pain-delete"),
    path("progress/sessions/", history_views.sessions_page, name="sessions"),
    path("progress/sessions/<int:session_id>/", history_views.session_page, name="session"),
    path("your-data/", data_views.data_page, name="your-data"),
    path("your-data/export.json", data_views.download_json, name="export-json"),
    path("your-data/fhir.json", data_views.download_fhir, name="export-fhir"),
    path("your-data/<str:kind>.csv", data_views.download_csv, name="export-csv"),
    path("your-data/import/", data_views.import_json, name="import-json"),
    path("your-data/delete/", data_views.delete_everything, name="delete-everything"),
    path("progress/check-in/", progress_views.check_in_page, name="function-check-in"),
    path("progress/summary/", progress_views.summary_page, name="summary"),
    path("session/", player_views.player_page, name="player"),
    path("reminders/", reminder_views.reminders_page, name="reminders"),
    path("reminders/revoke/", reminder_views.revoke_link, name="reminders-revoke"),
    path("break/", reminder_views.break_page, name="break"),
    path("calendar/<str:token>.ics", reminder_views.calendar_feed, name="calendar-feed"),
    path("manifest.webmanifest", pwa_views.manifest, name="manifest"),
    path("sw.js", pwa_views.service_worker, name="service-worker"),
]
