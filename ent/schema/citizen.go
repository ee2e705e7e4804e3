package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// CitizenSite is a tenant's settings of the citizen app (手続きナビ): its look (N-f, N-g), idle time (N-x) and LINE
// channel (N-h–N-j). The LINE secrets are sealed with KAKANAI_DATA_KEY; the rest is public, the app reads it.
type CitizenSite struct{ ent.Schema }

func (CitizenSite) Fields() []ent.Field {
	return []ent.Field{
		field.String("color").Default("blue").MaxLen(20),
		field.Bytes("emblem").Optional().MaxLen(512 << 10),
		field.String("emblem_type").Optional().MaxLen(50),
		field.Bytes("image").Optional().MaxLen(2 << 20),
		field.String("image_type").Optional().MaxLen(50),
		field.String("welcome_ja").Optional().MaxLen(500),
		field.String("welcome_en").Optional().MaxLen(500),
		field.Int("idle_minutes").Default(10).Range(1, 60),
		field.Int("code_valid_days").Default(30).Range(1, 90),
		field.String("liff_id").Optional().MaxLen(100),
		field.String("line_login_channel_id").Optional().MaxLen(100),
		field.Bytes("line_channel_secret").Optional().Sensitive(),
		field.Bytes("line_channel_token").Optional().Sensitive(),
		// The tenant's own counters and glossary (JSON arrays of internal/navi's Counter and Term); empty = standard.
		field.Text("counters").Optional(),
		field.Text("glossary").Optional(),
	}
}

func (CitizenSite) Indexes() []ent.Index { return []ent.Index{index.Fields("tenant_id").Unique()} }

func (CitizenSite) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (CitizenSite) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// CitizenKey is one X25519 key pair of a tenant for the citizen's QR code (N-v): residents' browsers seal to the
// public key; only the counter side opens with the private key, sealed here with KAKANAI_DATA_KEY. Keys rotate: a
// new key serves new codes while the old ones still open the codes made before their expiry.
type CitizenKey struct{ ent.Schema }

func (CitizenKey) Fields() []ent.Field {
	return []ent.Field{
		// The key id written into every code (uint32, random so that ids say nothing about a tenant's history).
		field.Int64("key_id").Immutable(),
		field.Bytes("public_key").Immutable(),
		field.Bytes("private_key").Immutable().Sensitive(),
		field.Time("expires_at"),
		field.Time("retired_at").Optional().Nillable(),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
	}
}

func (CitizenKey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "key_id").Unique()}
}

func (CitizenKey) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (CitizenKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// NavigationFlow is a tenant's own copy of one navigation (N-a, N-aa): the standard template until the tenant
// edits it, then this row. Deleting the row returns to the standard.
type NavigationFlow struct{ ent.Schema }

func (NavigationFlow) Fields() []ent.Field {
	return []ent.Field{
		field.String("flow_id").NotEmpty().MaxLen(50).Immutable(),
		field.Text("definition"),
		field.Int("updated_by_id").Optional().Nillable(),
	}
}

func (NavigationFlow) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "flow_id").Unique()}
}

func (NavigationFlow) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (NavigationFlow) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// AccessCount counts how often a navigation was started, per day in Japan, life event and channel (N-z). It
// holds no personal data: no address, no user agent, no time finer than the day.
type AccessCount struct{ ent.Schema }

func (AccessCount) Fields() []ent.Field {
	return []ent.Field{
		field.String("day").MaxLen(10).Immutable(),
		field.String("event").NotEmpty().MaxLen(50).Immutable(),
		field.String("channel").NotEmpty().MaxLen(20).Immutable(),
		field.Int("count").NonNegative().Default(0),
	}
}

func (AccessCount) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "day", "event", "channel").Unique()}
}

func (AccessCount) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (AccessCount) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
