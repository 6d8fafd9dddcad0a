"""Who learns what: training sessions, enrolments, progress, quiz attempts and completion."""
