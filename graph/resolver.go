// Package graph is the GraphQL layer: thin resolvers that authorise, call the domain and map errors.
package graph

import (
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/internal/account"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/auth"
	"github.com/kakanai/kakanai/internal/citizen"
	"github.com/kakanai/kakanai/internal/citymaster"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/scan"
)

// Resolver holds the services the resolvers call.
type Resolver struct {
	Client   *ent.Client
	Auth     *auth.Service
	Accounts *account.Service
	Audit    *audit.Log
	Filing   *filing.Service
	Scan     *scan.Service
	Masters  *citymaster.Service
	Citizen  *citizen.Service
}
