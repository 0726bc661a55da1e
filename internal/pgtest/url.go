package pgtest

import (
	"errors"
	"net/url"
	"strings"
)

// replaceDB returns a URL DSN naming another database.
func replaceDB(dsn, name string) (string, error) {
	if !strings.Contains(dsn, "://") {
		return "", errors.New("not a URL")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}
