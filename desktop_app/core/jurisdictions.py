"""Names of the jurisdictions whose specs the library holds. No Qt, no SQL."""

NAMES = {
    "OH": "State of Ohio (DAS)",
    "CA": "State of California (CalHR)",
}


def jurisdiction_name(code: str) -> str:
    return NAMES.get(code, code)
