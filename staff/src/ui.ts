/**
 * The TDesign components the console uses, each from its own module so the bundle carries only their code and
 * styles (every component module imports its own CSS and that of the components it is built from); the global
 * tokens and reset are TDesign's es/style/index.css, imported once, as its README says.
 */
import 'tdesign-react/es/style/index.css';

export { Alert } from 'tdesign-react/es/alert';
export { Breadcrumb } from 'tdesign-react/es/breadcrumb';
export { Button } from 'tdesign-react/es/button';
export { Card } from 'tdesign-react/es/card';
export { Checkbox } from 'tdesign-react/es/checkbox';
export { ConfigProvider } from 'tdesign-react/es/config-provider';
export { DateRangePicker } from 'tdesign-react/es/date-picker';
export { Descriptions } from 'tdesign-react/es/descriptions';
export { Dialog } from 'tdesign-react/es/dialog';
export { ImageViewer } from 'tdesign-react/es/image-viewer';
export { Input } from 'tdesign-react/es/input';
export { Layout } from 'tdesign-react/es/layout';
export { Link } from 'tdesign-react/es/link';
export { Loading } from 'tdesign-react/es/loading';
export { Menu } from 'tdesign-react/es/menu';
export { MessagePlugin } from 'tdesign-react/es/message';
export { Popconfirm } from 'tdesign-react/es/popconfirm';
export { Radio } from 'tdesign-react/es/radio';
export { Select } from 'tdesign-react/es/select';
export { Space } from 'tdesign-react/es/space';
export { Switch } from 'tdesign-react/es/switch';
export { BaseTable } from 'tdesign-react/es/table';
export type { BaseTableCol } from 'tdesign-react/es/table';
export { Tabs } from 'tdesign-react/es/tabs';
export { Tag } from 'tdesign-react/es/tag';
export { Upload } from 'tdesign-react/es/upload';
export { Textarea } from 'tdesign-react/es/textarea';
export { Timeline } from 'tdesign-react/es/timeline';
