"""Walk the stepped safety check and self-assessment with the Django test client."""

from scapula.core.screening import BLOCKS, QUESTIONS, RECHECK_IDS

SAFETY = "/safety/"
RECHECK = "/safety/recheck/"


def safety_steps(path: str = SAFETY) -> list[list[str]]:
    """Return the question ids of each step, in the order the flow asks them."""
    questions = [q for q in QUESTIONS if path == SAFETY or q.id in RECHECK_IDS]
    steps = [[q.id for q in questions if q.block == block] for block in BLOCKS]
    return [ids for ids in steps if ids]


def yes_no(answers: dict[str, bool], ids: list[str] | None = None) -> dict[str, str]:
    """Return answers as the form posts them, only for the given ids when given."""
    return {
        qid: "yes" if value else "no" for qid, value in answers.items() if ids is None or qid in ids
    }


def post_step(client, path, number, data, action="next", **kwargs):
    """Post one step's answers with an action (next, back or submit)."""
    return client.post(path, {"step": str(number), "action": action, **data}, **kwargs)


def answer_safety_steps(client, answers: dict[str, bool], path: str = SAFETY) -> None:
    """Answer each group of questions in turn, up to the review."""
    for number, ids in enumerate(safety_steps(path), start=1):
        response = post_step(client, path, number, yes_no(answers, ids))
        assert response.status_code == 302, response.content.decode()[:2000]


def walk_safety(client, answers: dict[str, bool], path: str = SAFETY):
    """Answer every step, then submit from the review; returns the followed result page."""
    answer_safety_steps(client, answers, path)
    review = len(safety_steps(path)) + 1
    return post_step(client, path, review, {}, action="submit", follow=True)


def safety_pages(client, answers: dict[str, bool], path: str = SAFETY) -> list[str]:
    """Return the HTML of each question step, answering each one to reach the next."""
    pages = []
    for number, ids in enumerate(safety_steps(path), start=1):
        pages.append(client.get(f"{path}?step={number}").content.decode())
        post_step(client, path, number, yes_no(answers, ids))
    return pages
