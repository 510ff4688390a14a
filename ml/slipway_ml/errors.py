"""The one error type for bad input: where it is, what is wrong, and how to fix it."""


class InputError(Exception):
    """Bad input (file, column, row or spec field). The CLI prints it and exits with 2."""

    def __init__(self, where: str, what: str, fix: str = "") -> None:
        self.where = where
        self.what = what
        self.fix = fix
        super().__init__(self.line())

    def line(self) -> str:
        text = f"{self.where}: {self.what}"
        return f"{text} — {self.fix}" if self.fix else text
