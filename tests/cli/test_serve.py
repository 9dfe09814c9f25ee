"""`scapula serve` as a real process: migrates, serves pages, API and static; refuses exposure."""

import pytest
import requests

from tests.support import fresh_database_env, run_scapula, scapula_server

pytestmark = pytest.mark.server


@pytest.fixture
def instance_env(tmp_path):
    """Environment of a brand-new instance (its own SQLite file, or its own PG database)."""
    with fresh_database_env(tmp_path / "data") as env:
        yield env


def test_a_fresh_instance_migrates_and_serves_the_home_page_and_api(instance_env, tmp_path):
    with scapula_server(instance_env, tmp_path) as server:
        home = requests.get(server.url("/"), timeout=5)
        assert home.status_code == 200
        assert "Not medical advice" in home.text
        assert home.headers["Server"] == "granian"
        assert home.headers["Content-Encoding"] == "gzip"  # pages carry inline SVG
        document = requests.get(server.url("/api/openapi.json"), timeout=5).json()
        assert document["openapi"].startswith("3.")
        assert "Updating the database" in server.log()


def test_serve_prints_a_sign_in_link_that_signs_this_browser_in(instance_env, tmp_path):
    with scapula_server(instance_env, tmp_path) as server:
        assert server.url(f"/accounts/local/?token={server.token}") in server.log()
        assert requests.get(server.url("/api/pain/trend"), timeout=5).status_code == 401
        browser = requests.Session()
        landed = browser.get(server.sign_in_link("/progress/"), timeout=5)
        assert landed.url == server.url("/progress/")  # the token left the address
        assert landed.history[0].status_code == 302
        assert server.token not in landed.text
        assert browser.get(server.url("/api/me"), timeout=5).json()["username"] == "owner"
        script = requests.get(server.url("/api/me"), headers=server.owner_headers(), timeout=5)
        assert script.json()["username"] == "owner"
        assert server.token not in server.log().split("scapula link")[-1]  # not logged again
        link = run_scapula("link", "--port", server.base_url.rsplit(":", 1)[1], env=instance_env)
        assert link.stdout.strip() == server.url(f"/accounts/local/?token={server.token}")


def test_static_files_are_served_compressed_with_long_cache_headers(instance_env, tmp_path):
    with scapula_server(instance_env, tmp_path) as server:
        home = requests.get(server.url("/"), timeout=5).text
        css_path = home.split('rel="stylesheet" href="')[1].split('"')[0]
        css = requests.get(server.url(css_path), headers={"Accept-Encoding": "gzip"}, timeout=5)
        assert css.status_code == 200
        assert css.headers["Content-Encoding"] == "gzip"
        assert "max-age=315360000" in css.headers["Cache-Control"]


def test_serving_beyond_loopback_without_a_password_is_refused_in_one_line(instance_env):
    result = run_scapula("serve", "--host", "0.0.0.0", "--port", "8999", env=instance_env)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1
    assert errors[0].startswith("Error: --host: personal mode listens only on this machine")
    assert "scapula password set" in errors[0]


def test_a_bad_setting_stops_start_up_naming_the_variable(instance_env):
    result = run_scapula("info", env={**instance_env, "DJANGO_DEBUG": "maybe"})
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: DJANGO_DEBUG: must be true or false, got 'maybe'"


def test_a_bad_database_url_stops_start_up_naming_it(instance_env):
    result = run_scapula("serve", env={**instance_env, "DATABASE_URL": "mysql://app@db/scapula"})
    assert result.returncode == 2
    assert result.stderr.startswith("Error: DATABASE_URL: unsupported scheme 'mysql'")


def test_a_port_already_in_use_is_refused_in_one_line(instance_env):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_scapula("serve", "--port", str(port), env=instance_env)
    assert result.returncode == 2
    assert result.stderr.startswith(f"Error: --port: cannot listen on 127.0.0.1:{port}")
