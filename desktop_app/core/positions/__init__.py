"""Position descriptions: what one employee's job is (duties with shares of time), kept apart from classes."""
