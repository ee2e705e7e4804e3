package graph

import (
	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/juki"
)

func draftOf(in model.NotificationDraftInput) filing.Draft {
	d := filing.Draft{
		NotifierName: deref(in.NotifierName), SourceLgCode: deref(in.SourceLgCode),
		Remarks: deref(in.Remarks), Office: in.Office, KeepMyNumber: in.KeepMyNumber, PersonOffice: in.PersonOffice,
	}
	if in.Content != nil {
		d.Notification = *in.Content
	}
	if in.PowerOfAttorney != nil {
		d.PowerOfAttorney = *in.PowerOfAttorney
	}
	if in.PreviousPositions != nil {
		d.PreviousPositions = make([]int, len(in.PreviousPositions))
		for i, p := range in.PreviousPositions {
			d.PreviousPositions[i] = -1
			if p != nil {
				d.PreviousPositions[i] = *p
			}
		}
	}
	return d
}

func payload(s *filing.Saved, err error) (*model.NotificationPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.NotificationPayload{Notification: s.Notification, Issues: issuePointers(s.Issues), Completable: !juki.Blocking(s.Issues)}, nil
}

func issuePointers(issues []juki.Issue) []*juki.Issue {
	out := make([]*juki.Issue, len(issues))
	for i := range issues {
		out[i] = &issues[i]
	}
	return out
}

func searchOf(in *model.NotificationSearch) filing.Filter {
	if in == nil {
		return filing.Filter{}
	}
	return filing.Filter{
		Name: deref(in.Name), BirthDate: deref(in.BirthDate), MovedFrom: deref(in.MovedFrom), MovedTo: deref(in.MovedTo),
		Reasons: in.Reasons, Statuses: in.Statuses, ConfirmationNumber: deref(in.ConfirmationNumber),
		ReceptionDate: deref(in.ReceptionDate), SourceLgCode: deref(in.SourceLgCode), CreatedByID: in.CreatedByID,
	}
}

func documentSearchOf(in *model.DocumentSearch) filing.DocumentFilter {
	if in == nil {
		return filing.DocumentFilter{}
	}
	return filing.DocumentFilter{Filter: searchOf(in.Notification), Kinds: in.Kinds, UploadedFrom: deref(in.UploadedFrom), UploadedTo: deref(in.UploadedTo)}
}
