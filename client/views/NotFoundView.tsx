import { navigate } from '../app/router';
import { useMessages } from '../i18n';
import { Button } from '../ui/Button';
import { BrandBar } from '../ui/BrandBar';

export function NotFoundView() {
  const m = useMessages();
  return (
    <>
      <BrandBar />
      <main className="join stack">
        <h1>{m.notFound.title}</h1>
        <div>
          <Button variant="primary" onClick={() => navigate('/')}>
            {m.notFound.home}
          </Button>
        </div>
      </main>
    </>
  );
}
