"""Turn the raw results into rows: each figure in words, its budget (product.md §5), met or not."""

DATABASES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _row(label: str, measured: str, budget: str, met: bool | None) -> dict[str, object]:
    return {"label": label, "measured": measured, "budget": budget, "met": met}


def player_rows(player: dict) -> list[dict[str, object]]:
    """Page bytes, time until usable on a slow phone, timer drift."""
    size, usable, first, drift = (
        player["player_page_bytes"],
        player["player_usable_ms"],
        player["player_first_visit_ms"],
        player["timer_drift_ms"],
    )
    return [
        _row(
            "player page, first visit, compressed",
            f"{size['value']:,} bytes",
            "≤ 150,000 bytes",
            size["value"] <= 150_000,
        ),
        _row(
            f"player usable, returning user, slow phone ({usable['profile']})",
            f"{usable['value']} ms (median of {usable['runs']})",
            "≤ 1,000 ms",
            usable["value"] <= 1000,
        ),
        _row(
            f"player usable, first visit, empty cache, same phone ({first['profile']})",
            f"{first['value']} ms (median of {first['runs']})",
            "(no budget; for comparison)",
            None,
        ),
        _row(
            f"timer drift over {drift['session_seconds']} s of steps (simulated clock)",
            f"{drift['value']} ms",
            "≤ 50 ms",
            drift["value"] <= 50,
        ),
    ]


def api_rows(api: dict) -> list[dict[str, object]]:
    """Throughput applies under concurrency (50 clients); p99 applies at 1 and at 50."""
    rows = []
    for database, figures in api.items():
        for item in figures.values():
            many = item["clients"] > 1
            met = item["p99_ms"] <= 25 and item["errors"] == 0
            if many:
                met = met and item["requests_per_s"] >= 1000
            rows.append(
                _row(
                    f"{item['label']}, {DATABASES[database]}, {item['clients']} "
                    + ("clients" if many else "client"),
                    f"{item['requests_per_s']:,} req/s, p50 {item['p50_ms']} ms, "
                    f"p99 {item['p99_ms']} ms, {item['errors']} errors "
                    f"(median of {item['runs']} x {item['seconds_per_run']} s)",
                    "≥ 1,000 req/s, p99 ≤ 25 ms" if many else "p99 ≤ 25 ms",
                    met,
                )
            )
    return rows


def cohort_rows(cohort: dict) -> list[dict[str, object]]:
    """The clinician-scale query: time for everyone, queries for 100 people and for everyone."""
    rows = []
    for database, item in cohort.items():
        small, large = item["at_100"], item["at_1000"]
        rows.append(
            _row(
                f"every person's adherence and pain trend, {item['people']:,} people x "
                f"{item['days']} days, {DATABASES[database]}",
                f"{large['ms']} ms, {large['queries']} queries (median of {large['runs']}); "
                f"100 people: {small['ms']} ms, {small['queries']} queries",
                "≤ 150 ms; queries equal at 100 and all",
                large["ms"] <= 150 and small["queries"] == large["queries"],
            )
        )
    return rows


def workspace_rows(workspace: dict) -> list[dict[str, object]]:
    """The clinician's patient list page: time at 1,000 patients, queries at 100 and 1,000."""
    rows = []
    for database, item in workspace.items():
        small, large = item["at_100"], item["at_1000"]
        rows.append(
            _row(
                f"clinician's patient list page, {item['people']:,} patients x "
                f"{item['days']} days, {DATABASES[database]}",
                f"{large['ms']} ms, {large['queries']} queries (median of {large['runs']}); "
                f"100 patients: {small['ms']} ms, {small['queries']} queries",
                "≤ 150 ms; queries equal at 100 and all",
                large["ms"] <= 150 and small["queries"] == large["queries"],
            )
        )
    return rows


def cli_rows(cli: dict) -> list[dict[str, object]]:
    """Start-up of the installed command."""
    return [
        _row(
            item["label"],
            f"{item['value']} ms (median of {item['runs']})",
            "≤ 300 ms",
            item["value"] <= 300,
        )
        for item in cli.values()
    ]


def reliability_rows(results: dict) -> list[dict[str, object]]:
    """The journey under load and the kill -9 rounds."""
    rows = [
        _row(
            f"load: {item['people']} people, daily journey, {item['seconds']} s, "
            + DATABASES[database],
            f"{item['errors']} errors in {item['requests']:,} requests, "
            f"{item['requests_per_s']} req/s, p50 {item['p50_ms']} ms, p99 {item['p99_ms']} ms",
            "0 errors (p99 reported)",
            item["errors"] == 0,
        )
        for database, item in results["journey"].items()
    ]
    rows += [
        _row(
            f"kill -9 during writes, {item['rounds']} rounds, {DATABASES[database]}"
            + (" (crashed too, fsync on)" if database == "postgresql" else ""),
            f"{item['acknowledged']:,} acknowledged, {item['lost']} lost, "
            f"{item['duplicated']} duplicated",
            "0 lost, 0 duplicated",
            item["lost"] == 0 and item["duplicated"] == 0,
        )
        for database, item in results["crash"].items()
    ]
    return rows


def table(results: dict) -> list[dict[str, object]]:
    """Every row of the printed table, in the order of product.md §5."""
    return (
        player_rows(results["player"])
        + api_rows(results["api"])
        + cohort_rows(results["cohort"])
        + workspace_rows(results.get("workspace", {}))
        + cli_rows(results["cli"])
        + reliability_rows(results)
    )
