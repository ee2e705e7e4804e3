import { Button } from '../../components/Button';
import { type PersonDraft, fieldId } from './draft';
import { personName } from './PersonEditor';

export type HouseholdTableProps = {
  persons: readonly PersonDraft[];
  readOnly: boolean;
  /** Number of errors per person key. */
  errorCount: (key: string) => number;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
};

export const personSectionId = (key: string) => `person-${key}`;
export const moveButtonId = (key: string, by: -1 | 1) => `move-${by < 0 ? 'up' : 'down'}-${key}`;

/** The household at a glance, in the order of the form: reorder, remove, jump to a person's fields. */
export const HouseholdTable = ({ persons, readOnly, errorCount, onMove, onRemove, onAdd }: HouseholdTableProps) => (
  <div className="flex flex-col gap-3">
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-std-16N-170">
        <caption className="sr-only">世帯の異動者（{persons.length}人）</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            <th scope="col" className="px-2 py-2">
              No.
            </th>
            <th scope="col" className="px-2 py-2">
              氏名
            </th>
            <th scope="col" className="px-2 py-2">
              生年月日
            </th>
            <th scope="col" className="px-2 py-2">
              続柄
            </th>
            <th scope="col" className="px-2 py-2">
              区分
            </th>
            <th scope="col" className="px-2 py-2">
              誤り
            </th>
            <th scope="col" className="px-2 py-2">
              並べ替え・削除
            </th>
          </tr>
        </thead>
        <tbody>
          {persons.map((p, i) => {
            const name = personName(p, i);
            const errors = errorCount(p.key);
            return (
              <tr key={p.key} className="border-b border-solid-gray-300">
                <td className="px-2 py-2">{i + 1}</td>
                <td className="px-2 py-2">
                  <a
                    href={`#${personSectionId(p.key)}`}
                    className="text-blue-900 underline focus-visible:bg-yellow-300"
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`${personSectionId(p.key)}-heading`)?.focus();
                    }}
                  >
                    {name}
                  </a>
                  {p.isHeadOfHousehold && <span className="ml-2 text-std-16B-170">（世帯主）</span>}
                </td>
                <td className="px-2 py-2">{p.birthDate}</td>
                <td className="px-2 py-2">{p.relationship}</td>
                <td className="px-2 py-2">{p.foreign ? '外国人住民' : '日本人'}</td>
                <td className="px-2 py-2">
                  {errors > 0 ? <span className="text-red-1000">誤り{errors}件</span> : <span>—</span>}
                </td>
                <td className="px-2 py-2">
                  <div className="flex flex-wrap gap-1">
                    <Button
                      id={moveButtonId(p.key, -1)}
                      variant="outline"
                      size="sm"
                      aria-label={`${i + 1}人目（${name}）を上へ`}
                      aria-disabled={readOnly || i === 0 || undefined}
                      onClick={() => {
                        onMove(i, -1);
                      }}
                    >
                      上へ
                    </Button>
                    <Button
                      id={moveButtonId(p.key, 1)}
                      variant="outline"
                      size="sm"
                      aria-label={`${i + 1}人目（${name}）を下へ`}
                      aria-disabled={readOnly || i === persons.length - 1 || undefined}
                      onClick={() => {
                        onMove(i, 1);
                      }}
                    >
                      下へ
                    </Button>
                    <Button
                      variant="text"
                      size="sm"
                      aria-label={`${i + 1}人目（${name}）を削除`}
                      aria-disabled={readOnly || undefined}
                      onClick={() => {
                        onRemove(i);
                      }}
                    >
                      削除
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    <div>
      <Button id={fieldId('persons')} data-path="persons" variant="outline" size="md" aria-disabled={readOnly || undefined} onClick={onAdd}>
        異動者を追加
      </Button>
    </div>
  </div>
);
