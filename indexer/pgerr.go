package indexer

import (
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
)

func isUndefinedTable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "42P01"
}
