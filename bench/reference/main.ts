// The bench's reference page: no app code, just MapLibre painting the STPs as GeoJSON with one fill
// layer. It marks 'reference:first-choropleth' at the map's first 'idle' after the source loaded.
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

const map = new maplibregl.Map({
  container: 'map',
  bounds: [[-6.42, 49.86], [1.77, 55.82]],
  fitBoundsOptions: { padding: 12 },
  attributionControl: false,
  style: {
    version: 8,
    sources: { stp: { type: 'geojson', data: new URL('stp.geojson', document.baseURI).href } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce8ef' } },
      { id: 'stp-fill', type: 'fill', source: 'stp', paint: { 'fill-color': ['get', 'colour'], 'fill-outline-color': '#ffffff' } },
    ],
  },
});

let sourceLoaded = false;
map.on('sourcedata', (event) => {
  if (event.sourceId === 'stp' && event.isSourceLoaded) sourceLoaded = true;
});
map.on('idle', function onIdle() {
  if (!sourceLoaded) return;
  map.off('idle', onIdle);
  performance.mark('reference:first-choropleth');
  document.documentElement.dataset.ready = 'reference';
});
