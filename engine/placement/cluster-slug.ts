/** A site name as it appears in cluster and host names: `Main DC` -> `main-dc`. */
export function clusterSlug(site: string): string {
  return site.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site';
}
