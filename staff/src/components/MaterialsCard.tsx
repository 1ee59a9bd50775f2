import { useState } from 'react';
import { Alert, Card, ImageViewer, Tag } from '../ui';
import type { StaffApplicationDetail, StaffMaterialImage } from '../../../shared/contract/staff';
import { chinaTime } from '../app/time';

/**
 * The uploaded materials, by checklist item, as thumbnails: TDesign's image viewer draws them through its `trigger`
 * and opens on the one clicked, with all photos of the application in one row (zoom, rotate, mirror, original size,
 * previous/next are the viewer's own). The bytes come from the staff API under the session's cookie.
 */
export function MaterialsCard({ detail }: { detail: StaffApplicationDetail }) {
  const [index, setIndex] = useState(0);
  const { materials } = detail;
  const listed = detail.application.materials.map((item) => ({ item: item.item, name: item.name, images: materials.filter((m) => m.item === item.item) }));
  // A photo of an item no longer on the checklist still shows, under its own name.
  const others = materials.filter((m) => !listed.some((g) => g.item === m.item)).map((m) => ({ item: m.item, name: m.name, images: [m] }));
  const groups = [...listed, ...others];
  const missing = detail.application.missingMaterials;
  const current = materials[index];

  const thumbs = (open: (i?: number) => void) => (
    <div className="material-groups">
      {groups.map((g) => (
        <div key={g.item} className="material-group">
          <div className="material-name">
            {g.name}
            {g.images.length === 0 && (
              <Tag theme="warning" variant="light" size="small">
                未上传
              </Tag>
            )}
          </div>
          <div className="material-thumbs">
            {g.images.map((m: StaffMaterialImage) => (
              <button
                type="button"
                key={m.id}
                className="material-thumb"
                onClick={() => {
                  const i = materials.indexOf(m);
                  setIndex(i);
                  open(i);
                }}
                title={`${m.name}，上传于 ${chinaTime(m.uploadedAt)}`}
              >
                <img src={m.url} alt={m.name} loading="lazy" />
                <span className="material-time">{chinaTime(m.uploadedAt)}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
    </div>
  );

  return (
    <Card title={`申请材料（${materials.length} 张照片）`} bordered className="staff-card materials-card">
      {missing.length > 0 && <Alert theme="warning" message={`尚未上传：${missing.join('、')}`} className="staff-gap" />}
      {groups.length === 0 ? (
        <p className="staff-muted">这类申请不需要上传材料。</p>
      ) : (
        <ImageViewer
          images={materials.map((m) => ({ mainImage: m.url, download: false }))}
          title={current ? `${current.name}（${index + 1}/${materials.length}）` : undefined}
          onIndexChange={(i) => setIndex(i)}
          trigger={({ open }) => thumbs(open)}
        />
      )}
    </Card>
  );
}
