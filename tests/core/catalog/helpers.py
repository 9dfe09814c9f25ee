"""A minimal valid catalog file, and a way to break it one field at a time."""

from scapula.core.catalog import Exercise, parse_exercise

VALID = """
schema = 1
id = "test-squeeze"
kind = "exercise"
name = "Test squeeze"
aliases = ["squeeze"]
summary = "A short squeeze used by the tests."
category = "activation"
position = "standing"
equipment = []
steps = ["Stand tall.", "Squeeze."]
cues = ["Squeeze."]
mistakes = ["Shrugging."]
stop_rules = ["Stop if pain goes above 5 out of 10."]

[dose]
reps = 5
hold_seconds = 2
per_side = true

[[drivers]]
id = "postural_load"
why = "It wakes up tired muscles."

[[progressions]]
change = "hold_seconds"
value = 5
note = "Hold longer."

[[sources]]
key = "precision-movement-video"
moment = "06:12"
gives = "The squeeze."

[demo]
view = "side"
seconds = 4

[[demo.props]]
kind = "floor"
y = 140

[[demo.keyframes]]
at = 0.0
label = "Standing"
anchor = "ankle_near"
anchor_at = [100, 137]
[demo.keyframes.pose]
upper_arm_near = 180

[[demo.keyframes]]
at = 0.5
label = "Arm back"
anchor = "ankle_near"
anchor_at = [100, 137]
[demo.keyframes.pose]
upper_arm_near = 210
"""


def make_exercise(text: str = VALID, file_name: str = "test-squeeze.toml") -> Exercise:
    """Parse a catalog text, by default the valid one."""
    return parse_exercise(text, file_name=file_name)


def replaced(old: str, new: str, text: str = VALID) -> str:
    """Return the valid text with one exact fragment replaced (it must be present)."""
    assert old in text, old
    return text.replace(old, new, 1)
