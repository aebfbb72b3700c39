"""docscan's review page for advisers, served by `app.py` at /review (see `docscan.webapp.review_page`).

    .venv/bin/streamlit run app.py        # then open http://localhost:8501/review

It is not a separate app: `app.py` registers this file as its hidden "review" page, so the
applicant's page and the queue share one server but nothing else (the queue needs sign-in).
"""

if __name__ == "__main__":  # Streamlit runs a page file as "__main__"; an import draws nothing.
    from docscan.webapp.review_page import main

    main()
