"""docscan's page for applicants: choose the permit, add the documents, see what to do.

    .venv/bin/streamlit run app.py        # then open http://localhost:8501

Settings are in `.streamlit/config.toml` (no usage statistics, this computer only, 60 MB per
file). The page is `docscan.webapp.page`; it only calls the pipeline and shows its report.
"""

# Streamlit runs this file as "__main__". The pipeline's worker processes import it again as
# "__mp_main__" (multiprocessing re-imports the main script): they must not draw the page, and
# need not even import Streamlit.
if __name__ == "__main__":
    from docscan.webapp.page import main

    main()
