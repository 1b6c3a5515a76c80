"""Release signals: a package index's releases, proposed to reviewers as changes."""
