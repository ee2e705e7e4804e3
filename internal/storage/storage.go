// Package storage keeps files — scanned documents, attachments, archived PDFs — in a gocloud.dev bucket:
// file:// under the data directory by default, s3:// (MinIO, S3) at scale, mem:// in tests. The bucket is opened
// once at start, not per request. Keys are made from tenant and content hash, never from personal data.
package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gocloud.dev/blob"
	"gocloud.dev/blob/fileblob"
	_ "gocloud.dev/blob/memblob" // mem://
	_ "gocloud.dev/blob/s3blob"  // s3://bucket?region=…&endpoint=… for MinIO and S3
	"gocloud.dev/gcerrors"

	"github.com/kakanai/kakanai"
)

// Store is an open bucket.
type Store struct {
	bucket *blob.Bucket
	url    string
}

// Open opens the bucket at rawURL; empty means file:// under dir (created with owner-only permissions).
func Open(ctx context.Context, rawURL, dir string) (*Store, error) {
	if rawURL == "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("creating %s: %w", dir, err)
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		b, err := fileblob.OpenBucket(abs, &fileblob.Options{NoTempDir: false, CreateDir: true})
		if err != nil {
			return nil, fmt.Errorf("opening file storage %s: %w", abs, err)
		}
		return &Store{bucket: b, url: "file://" + abs}, nil
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme == "" {
		return nil, fmt.Errorf("KAKANAI_BLOB_URL: %q is not a URL such as file:///var/lib/kakanai/blobs or s3://bucket", rawURL)
	}
	b, err := blob.OpenBucket(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("KAKANAI_BLOB_URL: opening %s: %w", u.Scheme+"://"+u.Host, err)
	}
	return &Store{bucket: b, url: rawURL}, nil
}

// Close releases the bucket.
func (s *Store) Close() error { return s.bucket.Close() }

// Object is a stored file.
type Object struct {
	Key         string
	SHA256      string
	Size        int64
	ContentType string
}

// MaxSize bounds one stored file: a multi-page scan at 300 dpi stays far below it.
const MaxSize = 64 << 20

// Put stores the content under tenant/kind/sha256 and returns it. Storing the same content twice keeps one copy.
func (s *Store) Put(ctx context.Context, tenantID int, kind, contentType string, content []byte) (*Object, error) {
	if len(content) == 0 {
		return nil, kakanai.Invalid("file", "ファイルが空です。")
	}
	if len(content) > MaxSize {
		return nil, kakanai.Invalid("file", "ファイルが大きすぎます（上限 %d MB）。", MaxSize>>20)
	}
	sum := sha256.Sum256(content)
	hash := hex.EncodeToString(sum[:])
	key := strings.Join([]string{"t" + strconv.Itoa(tenantID), kind, hash[:2], hash}, "/")
	err := s.bucket.WriteAll(ctx, key, content, &blob.WriterOptions{ContentType: contentType})
	if err != nil {
		return nil, kakanai.Internal(fmt.Errorf("storing %s: %w", key, err))
	}
	return &Object{Key: key, SHA256: hash, Size: int64(len(content)), ContentType: contentType}, nil
}

// Get reads a stored file and checks it against its hash, so that a changed archive is found, not served.
func (s *Store) Get(ctx context.Context, key, wantSHA256 string) ([]byte, error) {
	b, err := s.bucket.ReadAll(ctx, key)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "ファイルが見つかりません。")
	}
	if err != nil {
		return nil, kakanai.Internal(fmt.Errorf("reading %s: %w", key, err))
	}
	if wantSHA256 != "" {
		sum := sha256.Sum256(b)
		if hex.EncodeToString(sum[:]) != wantSHA256 {
			return nil, kakanai.Internal(errors.New("stored file " + key + " does not match its SHA-256"))
		}
	}
	return b, nil
}

// Reader streams a stored file (for downloads).
func (s *Store) Reader(ctx context.Context, key string) (io.ReadCloser, error) {
	r, err := s.bucket.NewReader(ctx, key, nil)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "ファイルが見つかりません。")
	}
	return r, err
}

// Ping checks that the bucket answers, for readiness.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.bucket.IsAccessible(ctx)
	return err
}
