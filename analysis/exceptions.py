"""One exception family; each carries the one-line message a user sees."""


class AnalysisError(Exception):
    """A problem the user can fix: printed as one line, exit code 2."""

    exit_code = 2


class ArticleError(AnalysisError):
    """An article file that cannot be read."""


class AnnotationError(AnalysisError):
    """Annotations that do not validate; holds every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class ContextDataError(AnalysisError):
    """A reference-data row that fails validation."""


class ParameterError(AnalysisError):
    """A build parameter that is unknown or of the wrong type."""


class BuildError(AnalysisError):
    """A brief that failed to execute or render."""

    exit_code = 1
