package model

import "time"

// NavigationFlow is a tenant's navigation as the admin screen lists it.
type NavigationFlow struct {
	ID            string     `json:"id"`
	Title         string     `json:"title"`
	Order         int        `json:"order"`
	Standard      bool       `json:"standard"`
	Customized    bool       `json:"customized"`
	UpdatedAt     *time.Time `json:"updatedAt,omitempty"`
	QuestionCount int        `json:"questionCount"`
	Depth         int        `json:"depth"`
	Definition    string     `json:"definition"`
}
