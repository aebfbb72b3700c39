"""docscan's page for applicants (and, at /review, the advisers' review queue).

    .venv/bin/streamlit run app.py        # then open http://localhost:8501

Settings are in `.streamlit/config.toml` (no usage statistics, this computer only, 60 MB per
file). The applicant's page is `docscan.webapp.page`; it only calls the pipeline and shows its
report. The review page (`review.py` → `docscan.webapp.review_page`) is served at
http://localhost:8501/review behind its own sign-in. Navigation is hidden: the applicant's page
shows no link to it, advisers open /review directly.
"""

# Streamlit runs this file as "__main__". The pipeline's worker processes import it again as
# "__mp_main__" (multiprocessing re-imports the main script): they must not draw the page, and
# need not even import Streamlit.
if __name__ == "__main__":
    import streamlit as st

    from docscan.webapp.page import main as applicant_page
    from docscan.webapp.presentation import APPLICANT_ICON, REVIEW_ICON

    # The review page is a file (not a callable) so that it is a page of its own that
    # AppTest.switch_page can open, as a browser opens /review.
    st.navigation([st.Page(applicant_page, title="docscan", icon=APPLICANT_ICON, default=True),
                   st.Page("review.py", title="Review (advisers)", icon=REVIEW_ICON, url_path="review")],
                  position="hidden").run()
