/** The server log during tests: warnings and errors only, unless LOG_LEVEL says otherwise (tests that read the log raise it). */
process.env.LOG_LEVEL ??= "warn";
