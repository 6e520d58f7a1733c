"""What an import did with each row of the file: taken, already there, or skipped and why."""

from dataclasses import dataclass, field


@dataclass
class Report:
    """The outcome of one import, row by row (line numbers are the file's)."""

    path: str
    fmt: str
    taken: list = field(default_factory=list)          # (line, id)
    already_there: list = field(default_factory=list)  # (line, id of the saved event)
    skipped: list = field(default_factory=list)        # (line, reason)
    new_places: list = field(default_factory=list)     # geo.gazetteer.Place added to the supplement
    written: bool = False

    def skip(self, line, reason):
        self.skipped.append((line, reason))

    @property
    def rows(self):
        return len(self.taken) + len(self.already_there) + len(self.skipped)

    def summary(self):
        """One line: the counts, and whether anything was written."""
        verb = "imported" if self.written else "would import" if self.taken else "nothing to import"
        return (f"{self.path}: {self.rows} rows: {len(self.taken)} taken, "
                f"{len(self.already_there)} already there, {len(self.skipped)} skipped; "
                f"{len(self.new_places)} new gazetteer places; {verb}")

    def lines(self):
        """The summary, then every row that was not taken, by line."""
        out = [self.summary()]
        out += [f"line {line}: already there as {event_id}" for line, event_id in self.already_there]
        out += [f"line {line}: skipped: {reason}" for line, reason in self.skipped]
        out += [f"new place: {p.name} ({p.lat:.5f}, {p.lon:.5f}, {p.precision}) from {p.ref}"
                for p in self.new_places]
        return out
