package schema

import "regexp"

// A login id staff can type on any keyboard layout and read aloud: ASCII letters, digits, . _ - @.
var loginIDPattern = regexp.MustCompile(`^[A-Za-z0-9._@-]+$`)
