"""The editorial workflow of Framework Profiles: review rules, working copies, mail."""

WORKFLOW_ID = "framework_profile_workflow"
EDITORS_GROUP = "framework-guide-editors"
REVIEWERS_GROUP = "framework-guide-reviewers"
