/* sedoff-kg: draws the places of /places.geojson with Leaflet, in place of the server-drawn SVG map.
   No tile server: the points sit on a plain background with a 10-degree grid. */
(function () {
  'use strict';
  var figure = document.getElementById('map');
  if (!figure || typeof L === 'undefined' || !window.fetch) {
    return;
  }

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) {
      el.className = className;
    }
    return el;
  }

  /* Built from DOM nodes with textContent, so names from the graph never become markup. */
  function popup(p) {
    var box = document.createElement('div');
    var title = document.createElement('a');
    title.href = p.href;
    title.textContent = p.label;
    title.className = 'popup-title';
    box.appendChild(title);
    box.appendChild(text('div', p.type + ' · ' + p.mentionCount + (p.mentionCount === 1 ? ' mention' : ' mentions'), 'popup-meta'));
    if (p.related && p.related.length) {
      var list = document.createElement('ul');
      p.related.slice(0, 12).forEach(function (r) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '/id/' + r.id;
        a.textContent = r.label;
        li.appendChild(a);
        li.appendChild(text('span', ' ' + r.relation, 'popup-relation'));
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    return box;
  }

  fetch(figure.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' } })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
    .then(function (data) {
      if (!data.features || !data.features.length) {
        return;
      }
      var canvas = document.getElementById('map-canvas');
      canvas.hidden = false;
      var svg = document.getElementById('map-svg');
      if (svg) {
        svg.style.display = 'none';
      }
      var map = L.map(canvas, { attributionControl: false, zoomSnap: 0.25, minZoom: 1, maxZoom: 9 });
      var grid = { color: '#c5d0da', weight: 1, interactive: false };
      for (var lon = -180; lon <= 180; lon += 10) {
        L.polyline([[-80, lon], [80, lon]], grid).addTo(map);
      }
      for (var lat = -80; lat <= 80; lat += 10) {
        L.polyline([[lat, -180], [lat, 180]], grid).addTo(map);
      }
      var markers = [];
      var layer = L.geoJSON(data, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, {
            radius: 3 + Math.sqrt(f.properties.mentionCount),
            color: '#5e1010', weight: 1, fillColor: '#8a1c1c', fillOpacity: 0.75
          });
        },
        onEachFeature: function (f, marker) {
          marker.bindPopup(popup(f.properties));
          markers.push({ marker: marker, p: f.properties });
        }
      }).addTo(map);
      markers.sort(function (a, b) { return b.p.mentionCount - a.p.mentionCount; });

      /* Names stay on the map where they fit, most mentioned first; the others show on hover. */
      function label() {
        var taken = markers.map(function (m) {
          var c = map.latLngToContainerPoint(m.marker.getLatLng());
          var r = m.marker.getRadius();
          return [c.x - r, c.y - r, c.x + r, c.y + r];
        });
        markers.forEach(function (m) {
          var c = map.latLngToContainerPoint(m.marker.getLatLng());
          var x = c.x + m.marker.getRadius() + 4;
          var box = [x, c.y - 10, x + m.p.label.length * 7 + 12, c.y + 10];
          var free = taken.every(function (t, i) {
            return markers[i] === m || box[0] >= t[2] || t[0] >= box[2] || box[1] >= t[3] || t[1] >= box[3];
          });
          if (free) {
            taken.push(box);
          }
          m.marker.unbindTooltip();
          m.marker.bindTooltip(text('span', m.p.label), {
            permanent: free, direction: 'right', offset: [4, 0], className: 'place-tip'
          });
        });
      }
      map.fitBounds(layer.getBounds().pad(0.08));
      label();
      map.on('zoomend', label);
      figure.setAttribute('data-ready', 'true');
    })
    .catch(function () { /* the SVG map and the table stay */ });
}());
