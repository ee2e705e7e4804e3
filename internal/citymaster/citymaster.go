// Package citymaster keeps each tenant's 管内 address master (町字, kana, 丁目, 番地 ranges): imported from the
// city's CSV, or derived from the postal data for the tenant's lg_code until one is imported. The in-city check of
// the citizen app and the counter (N-y) uses it.
package citymaster

import (
	"bytes"
	"context"
	"strings"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/store"
)

// Service stores and loads masters.
type Service struct{ client *ent.Client }

// NewService returns the service.
func NewService(client *ent.Client) *Service { return &Service{client: client} }

// Import validates the city's CSV against the address dictionary and replaces the tenant's master. Errors name
// the line and column (csv.3.丁目).
func (s *Service) Import(ctx context.Context, csv []byte) (*address.Master, error) {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return nil, err
	}
	t, err := s.client.Tenant.Get(ctx, v.TenantID)
	if err != nil {
		return nil, store.Err(err, "自治体")
	}
	m, err := address.ParseMasterCSV(t.LgCode, bytes.NewReader(csv))
	if err != nil {
		return nil, err
	}
	var canonical strings.Builder
	if err := m.WriteCSV(&canonical); err != nil {
		return nil, err
	}
	err = s.client.AddressMaster.Create().SetTenantID(v.TenantID).SetCsv(canonical.String()).SetTowns(len(m.Towns)).
		SetImportedByID(v.UserID).OnConflictColumns("tenant_id").UpdateNewValues().Exec(ctx)
	if err != nil {
		return nil, store.Err(err, "住所マスタ")
	}
	return m, nil
}

// Master returns the viewer's tenant's master: the imported one, else the default for its lg_code.
func (s *Service) Master(ctx context.Context) (*address.Master, error) {
	v, err := authz.Require(ctx)
	if err != nil {
		return nil, err
	}
	t, err := s.client.Tenant.Get(ctx, v.TenantID)
	if err != nil {
		return nil, store.Err(err, "自治体")
	}
	row, err := s.client.AddressMaster.Query().Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return address.DefaultMaster(t.LgCode)
	case err != nil:
		return nil, store.Err(err, "住所マスタ")
	}
	return address.ParseMasterCSV(t.LgCode, strings.NewReader(row.Csv))
}

// Export writes the master in use as CSV, for the city to edit and import again.
func (s *Service) Export(ctx context.Context) (string, error) {
	m, err := s.Master(ctx)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := m.WriteCSV(&b); err != nil {
		return "", err
	}
	return b.String(), nil
}
