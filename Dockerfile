# clausekit in a container that needs no network at run time: the wheel carries the clause
# library, the item packages, the templates, the lint rules and the blank spaCy pipelines' data.
#   docker build -t clausekit .
#   docker run --rm --network none -v "$PWD:/work" clausekit lint contracts/
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE CHANGELOG.md ./
COPY src ./src
COPY items ./items
COPY clause_library ./clause_library
COPY templates ./templates
COPY lint_rules ./lint_rules
RUN pip install --no-cache-dir build && python -m build --wheel --outdir /dist

FROM python:3.12-slim
COPY --from=build /dist/*.whl /tmp/
RUN pip install --no-cache-dir /tmp/*.whl && rm /tmp/*.whl \
    && useradd --create-home clausekit
USER clausekit
WORKDIR /work
ENV PYTHONDONTWRITEBYTECODE=1
ENTRYPOINT ["clausekit"]
CMD ["--help"]
