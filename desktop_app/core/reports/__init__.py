"""Reports: a report kind makes a neutral outline, a report format renders it; pure: no Qt, no SQL."""
